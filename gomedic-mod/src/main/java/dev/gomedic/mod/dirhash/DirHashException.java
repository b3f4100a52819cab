package dev.gomedic.mod.dirhash;

import java.io.IOException;

/**
 * A file set that dirhash cannot hash, with Go's message: a name with a newline ({@code dirhash: filenames
 * with newlines are not supported}), a directory that is not one ({@code X is not a directory}), or a zip
 * entry whose bytes disagree with its header ({@code zip: not a valid zip file}, {@code zip: checksum error},
 * {@code unexpected EOF}).
 */
public class DirHashException extends IOException {
  private static final long serialVersionUID = 1L;

  public DirHashException(String message) {
    super(message);
  }

  public DirHashException(String message, Throwable cause) {
    super(message, cause);
  }
}
