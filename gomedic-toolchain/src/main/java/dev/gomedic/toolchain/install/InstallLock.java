package dev.gomedic.toolchain.install;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The per-release install lock, held by one thread of one process at a time.
 *
 * <p>An OS file lock alone does not do it inside one JVM: Java's file locks belong to the process, so a second
 * thread's {@code lock()} on its own channel throws {@code OverlappingFileLockException}, and on Linux closing
 * any channel on the file (a waiting thread that gives up) silently drops the lock the first thread holds,
 * letting another process in. So threads first queue on an in-JVM lock for the file, and only the thread that
 * got it opens a channel and takes the OS lock, which the kernel releases if the process dies.
 *
 * <p>The in-JVM table is the one piece of JVM-wide state in the library, on purpose: it mirrors the OS lock's
 * scope (the process), holds one entry per lock file and never changes behaviour.
 */
final class InstallLock implements AutoCloseable {
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private InstallLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for the lock on {@code file} (created if missing); interruptible. */
  static InstallLock acquire(Path file) throws IOException {
    ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new ReentrantLock());
    try {
      local.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(file + ": interrupted waiting for the install lock");
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      return new InstallLock(local, ch, ch.lock());
    } catch (IOException | RuntimeException e) {
      try {
        if (ch != null) {
          ch.close();
        }
      } finally {
        local.unlock();
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      // Closing the channel releases the OS lock; no other channel on this file is open in this JVM.
      lock.release();
      channel.close();
    } finally {
      local.unlock();
    }
  }
}
