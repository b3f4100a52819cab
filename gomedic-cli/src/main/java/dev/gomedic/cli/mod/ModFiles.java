package dev.gomedic.cli.mod;

import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.cli.UserFiles;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import dev.gomedic.mod.modfile.Problem;
import dev.gomedic.mod.modfile.WorkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading and atomically rewriting module files, with failures as one-line user errors. */
final class ModFiles {
  /** The largest file read (the go command reads any size; a 50 MB go.mod still works here). */
  static final long MAX_SIZE = 64 << 20;

  private ModFiles() {}

  /** Reads {@code file} (shown to the user as {@code shown}): a regular file of at most 64 MiB. */
  static byte[] read(Path file, String shown) {
    try {
      long size = Files.size(file);
      if (Files.isRegularFile(file) && size > MAX_SIZE) {
        throw new UserError(ExitCode.FAILED,
            shown + ": file too large (" + size + " bytes; the limit is " + MAX_SIZE + ")");
      }
    } catch (IOException e) {
      throw UserFiles.error("open", shown, e);
    }
    return UserFiles.read(file, shown, (int) MAX_SIZE);
  }

  /**
   * Replaces {@code file}'s content by {@code data} as {@code go mod edit} does (through a symlink, in a read-only
   * directory too), atomically where the directory allows it. Does nothing when the content is unchanged.
   */
  static void write(Path file, String shown, byte[] old, byte[] data) {
    UserFiles.replace(file, shown, old, data);
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
