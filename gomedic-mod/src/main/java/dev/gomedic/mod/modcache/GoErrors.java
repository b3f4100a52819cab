package dev.gomedic.mod.modcache;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure in the words Go's os package uses: {@code open FILE: no such file or directory}. */
final class GoErrors {
  private GoErrors() {}

  static String open(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return "open " + n.getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException a) {
      return "open " + a.getFile() + ": permission denied";
    }
    if (e instanceof NotDirectoryException d) {
      return "open " + d.getFile() + ": not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return "open " + f.getFile() + ": " + f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage();
  }
}
