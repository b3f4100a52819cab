package dev.gomedic.mod.module;

/**
 * An escaped module path or version (as in proxy URLs and the module cache) that does not decode.
 * The message is Go's: {@code invalid escaped module path "github.com/!!x"} or {@code invalid
 * escaped version "v1.0.0!": ...}.
 */
public final class InvalidEscapeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String escaped;

  InvalidEscapeException(String escaped, String message) {
    super(message);
    this.escaped = escaped;
  }

  /** The input that failed to decode. */
  public String escaped() {
    return escaped;
  }
}
