package dev.gomedic.cli.mod;

import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import dev.gomedic.mod.modfile.Problem;
import dev.gomedic.mod.modfile.WorkFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/** Reading and atomically rewriting module files, with failures as one-line user errors. */
final class ModFiles {
  /** The largest file read (the go command reads any size; a 50 MB go.mod still works here). */
  static final long MAX_SIZE = 64 << 20;

  private ModFiles() {}

  /** Reads {@code file} (shown to the user as {@code shown}), refusing directories and files over 64 MiB. */
  static byte[] read(Path file, String shown) {
    try {
      if (Files.isDirectory(file)) {
        throw new UserError(ExitCode.FAILED, shown + ": is a directory");
      }
      long size = Files.size(file);
      if (size > MAX_SIZE) {
        throw new UserError(ExitCode.FAILED,
            shown + ": file too large (" + size + " bytes; the limit is " + MAX_SIZE + ")");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserError(ExitCode.FAILED, "open " + shown + ": no such file or directory");
    } catch (AccessDeniedException e) {
      throw new UserError(ExitCode.FAILED, "open " + shown + ": permission denied");
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, shown + ": " + e.getMessage());
    }
  }

  /**
   * Replaces {@code file}'s content by {@code data} through a temporary file in the same directory and an
   * atomic rename, keeping the file's permissions. Does nothing when the content is unchanged.
   */
  static void write(Path file, String shown, byte[] old, byte[] data) {
    if (Arrays.equals(old, data)) {
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      Files.write(tmp, data);
      try {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
      } catch (UnsupportedOperationException | IOException e) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
    } catch (IOException | UnsupportedOperationException e) {
      throw new UserError(ExitCode.FAILED, "write " + shown + ": " + e.getMessage());
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
   * Prints formatted file bytes on the (UTF-8) output. Bytes of the input that are not valid UTF-8 print as
   * U+FFFD here, where the go command copies them; in-place writes keep them exactly.
   */
  static void print(java.io.PrintWriter out, byte[] bytes) {
    out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    out.flush();
  }

  /** The user error when a (huge) file does not fit in memory; nothing has been written at that point. */
  static UserError tooBig(String shown) {
    return new UserError(ExitCode.FAILED, shown + ": file too large to process in the memory available");
  }

  /** The user error for a file that does not parse: its first problem on one line. */
  static UserError parseError(ModFileException e) {
    Problem first = e.problems().get(0);
    String line = first.toString().replace("\n\t or ", " or ").replace('\n', ' ');
    int more = e.problems().size() - 1;
    if (more > 0) {
      line += " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
    }
    return new UserError(ExitCode.FAILED, line);
  }

  /** Parses a go.work, as {@code go work edit} does. */
  static WorkFile parseWork(String shown, byte[] data) {
    try {
      return WorkFile.parse(shown, data);
    } catch (ModFileException e) {
      throw parseError(e);
    }
  }

  /** Parses a go.mod strictly, as {@code go mod edit} does. */
  static ModFile parseMod(String shown, byte[] data) {
    try {
      return ModFile.parse(shown, data);
    } catch (ModFileException e) {
      throw parseError(e);
    }
  }
}
