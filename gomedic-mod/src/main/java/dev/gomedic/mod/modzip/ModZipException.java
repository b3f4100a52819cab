package dev.gomedic.mod.modzip;

import java.io.IOException;

/**
 * A module zip that cannot be made, checked or extracted, with Go's message. Errors of {@link ModZip#create},
 * {@link ModZip#createFromDir} and {@link ModZip#unzip} carry Go's prefix: {@code create zip: ...}, {@code
 * create zip DIR: ...}, {@code create zip from directory DIR: ...} (listing the directory failed) and {@code
 * unzip ZIPFILE: ...}. A bad module path or version keeps the module package's exception as its cause.
 */
public final class ModZipException extends IOException {
  private static final long serialVersionUID = 1L;

  ModZipException(String message) {
    super(message);
  }

  ModZipException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Go's zipError: {@code "verb: err"} or {@code "verb path: err"}. */
  static ModZipException wrap(String verb, String path, Throwable cause) {
    String head = path.isEmpty() ? verb : verb + " " + path;
    return new ModZipException(head + ": " + cause.getMessage(), cause);
  }
}
