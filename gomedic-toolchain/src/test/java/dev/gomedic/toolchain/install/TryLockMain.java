package dev.gomedic.toolchain.install;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A child process that says whether another process holds the OS lock on a file: LOCKFILE -> "held" or "free". */
public final class TryLockMain {
  private TryLockMain() {}

  public static void main(String[] args) throws Exception {
    try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l = ch.tryLock()) {
      System.out.println(l == null ? "held" : "free");
    }
  }
}
