package dev.gomedic.mod.modzip;

import java.util.Objects;

/**
 * Why one file is left out of a module zip or makes it invalid (Go's zip.FileError).
 *
 * @param path the file's path as the check saw it (slash path, zip entry name, or file-system path for
 *     {@link ModZip#checkDir})
 * @param message Go's text, such as {@code file is in vendor directory}
 */
public record FileError(String path, String message) {
  public FileError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path: message}, as Go prints it. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
