package dev.gomedic.cli.mod;

import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** User-named files and directories of the zip, hash and verify commands, failures in the OS's words. */
final class CliFiles {
  private CliFiles() {}

  /** The one-line user error for a failure on {@code shown}. */
  static UserError failure(String shown, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UserError(ExitCode.FAILED, "open " + shown + ": no such file or directory");
    }
    if (e instanceof AccessDeniedException) {
      return new UserError(ExitCode.FAILED, "open " + shown + ": permission denied");
    }
    if (e instanceof NotDirectoryException) {
      return new UserError(ExitCode.FAILED, shown + ": not a directory");
    }
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    return new UserError(ExitCode.FAILED, m.startsWith(shown) ? m : shown + ": " + m.replace('\n', ' '));
  }

  /** {@code path}, which must exist. */
  static Path existing(Path path, String shown) {
    if (!Files.exists(path)) {
      throw failure(shown, new NoSuchFileException(shown));
    }
    return path;
  }
}
