package dev.gomedic.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reading the small text files a diagnosis looks at (go.mod, go.sum, the go env file, logs) the same way
 * everywhere: symlinks followed, only regular files (a FIFO or a device would block the read or never end, so it
 * is refused before it is opened, with the message {@code PATH: not a regular file}), and never more than a given
 * number of bytes ({@code PATH: file too large (over N bytes)}).
 */
public final class HostFiles {
  private HostFiles() {}

  /**
   * The contents of {@code file}, at most {@code max} bytes.
   *
   * @throws NoSuchFileException when it does not exist
   * @throws FileSystemException with reason "is a directory", "not a regular file" or "file too large (over N
   *     bytes)"; other I/O failures as the JDK reports them (AccessDeniedException for permission denied)
   */
  public static byte[] read(Path file, int max) throws IOException {
    requireRegular(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] data = in.readNBytes(max);
      if (in.read() >= 0) {
        throw new FileSystemException(file.toString(), null, "file too large (over " + max + " bytes)");
      }
      return data;
    }
  }

  /** Fails as {@link #read} does unless {@code file} is a regular file (after following symlinks). */
  public static void requireRegular(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    if (a.isDirectory()) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    if (!a.isRegularFile()) {
      throw new FileSystemException(file.toString(), null, "not a regular file");
    }
  }
}
