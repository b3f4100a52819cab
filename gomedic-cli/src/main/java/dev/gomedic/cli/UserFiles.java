package dev.gomedic.cli;

import dev.gomedic.host.HostFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;

/**
 * Files and directories the user names, read and written as the go command treats them, with every failure a
 * one-line {@link UserError} (exit 1) that gives the OS's reason: {@code no such file or directory}, {@code
 * permission denied}, {@code is a directory}, {@code not a regular file} (FIFOs and devices are refused before
 * they are opened, since reading one blocks), {@code file too large (...)}.
 *
 * <p>Writes go through symlinks to the file they name (the link survives, as with {@code go mod edit}), replace
 * it atomically (a temporary file beside the target, then a rename) when its directory is writable, and
 * otherwise write it in place, as go does, with the old content kept in a backup until the write is complete.
 * A read-only file is refused as go refuses it. No failure leaves a half-written file.
 */
public final class UserFiles {
  private UserFiles() {}

  /** The contents of {@code file} (shown as {@code shown}), at most {@code max} bytes. */
  public static byte[] read(Path file, String shown, int max) {
    try {
      return HostFiles.read(file, max);
    } catch (IOException e) {
      throw error("open", shown, e);
    }
  }

  /** Fails with {@code SHOWN: REASON} unless {@code file} is an existing regular file (symlinks followed). */
  public static void requireRegular(Path file, String shown) {
    try {
      HostFiles.requireRegular(file);
    } catch (IOException e) {
      throw error("", shown, e);
    }
  }

  /**
   * {@code path}, which must be an existing directory or regular file (symlinks followed): {@code open SHOWN: no
   * such file or directory}, {@code SHOWN: not a regular file} for a FIFO or a device.
   */
  public static Path requireFileOrDirectory(Path path, String shown) {
    if (!Files.exists(path)) {
      throw error("open", shown, new NoSuchFileException(shown));
    }
    if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
      throw new UserError(ExitCode.FAILED, shown + ": not a regular file");
    }
    return path;
  }

  /** Fails unless {@code dir} is an existing directory. */
  public static void requireDirectory(Path dir, String shown) {
    if (!Files.exists(dir)) {
      throw new UserError(ExitCode.FAILED, shown + ": no such file or directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError(ExitCode.FAILED, shown + ": not a directory");
    }
  }

  /**
   * {@code VERB SHOWN: REASON} for the OS's failure on a user-named path (as Go words it: {@code open go.mod: no such
   * file or directory}), {@code SHOWN: MESSAGE} for any other I/O problem (a malformed file).
   */
  public static UserError error(String verb, String shown, IOException e) {
    boolean os = e instanceof FileSystemException || e instanceof java.io.FileNotFoundException;
    return new UserError(ExitCode.FAILED, (verb.isEmpty() || !os ? "" : verb + " ") + shown + ": " + reason(e));
  }

  /** The OS's reason for {@code e}, in the words of Go's error strings, without Java class names. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      String r = f.getReason();
      return r.isEmpty() ? "input/output error" : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
    String m = e.getMessage();
    if (e instanceof java.io.FileNotFoundException && m != null && m.endsWith(")") && m.contains(" (")) {
      String r = m.substring(m.lastIndexOf(" (") + 2, m.length() - 1); // "PATH (Permission denied)"
      return r.isEmpty() ? "input/output error" : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
    return m == null || m.isBlank() ? "input/output error" : m.replace('\n', ' ');
  }

  /**
   * Replaces the contents of {@code file} (read earlier as {@code old}) by {@code data}; does nothing when they
   * are equal.
   */
  public static void replace(Path file, String shown, byte[] old, byte[] data) {
    if (Arrays.equals(old, data)) {
      return;
    }
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      throw error("write", shown, e);
    }
    if (!Files.isWritable(target)) {
      throw new UserError(ExitCode.FAILED, "open " + shown + ": permission denied");
    }
    Path tmp;
    try {
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    } catch (FileSystemException e) {
      inPlace(target, shown, old, data); // a read-only directory (permission denied): go writes the file itself
      return;
    } catch (IOException e) {
      throw error("write", shown, e);
    }
    try {
      Files.write(tmp, data);
      try {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException | IOException e) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | UnsupportedOperationException e) {
      throw new UserError(ExitCode.FAILED, "write " + shown + ": "
          + (e instanceof IOException io ? reason(io) : e.getMessage()));
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more can be done; the target is untouched
        }
      }
    }
  }

  /**
   * Writes {@code data} over {@code target} in place, first saving {@code old} in a backup in the system's
   * temporary directory; a failed write puts the old content back (or names the backup when even that fails).
   */
  private static void inPlace(Path target, String shown, byte[] old, byte[] data) {
    Path backup = null;
    try {
      backup = Files.createTempFile("gomedic-backup-", "-" + target.getFileName());
      Files.write(backup, old);
    } catch (IOException e) {
      backup = null; // the old content is still in memory
    }
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
      writeAll(ch, data);
      ch.truncate(data.length);
      ch.force(true);
    } catch (IOException e) {
      try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
        writeAll(ch, old);
        ch.truncate(old.length);
      } catch (IOException again) {
        throw new UserError(ExitCode.FAILED, "write " + shown + ": " + reason(e)
            + (backup == null ? "" : "; the original is saved in " + backup));
      }
      deleteQuietly(backup);
      throw new UserError(ExitCode.FAILED, "write " + shown + ": " + reason(e) + " (the original was put back)");
    }
    deleteQuietly(backup);
  }

  private static void writeAll(FileChannel ch, byte[] data) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(data);
    long at = 0;
    while (b.hasRemaining()) {
      at += ch.write(b, at);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a leftover in the temporary directory; harmless
      }
    }
  }
}
