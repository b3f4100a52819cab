package dev.gomedic.mod.module;

import dev.gomedic.mod.gotext.GoQuote;

/**
 * A module, import or file path that breaks Go's rules, like Go's {@code module.InvalidPathError}.
 * Unchecked: callers that expect bad input use {@code ModulePath.isValid...} or catch it.
 *
 * <p>{@link #getMessage()} is Go's text: {@code malformed module path "x y": invalid char ' '}.
 */
public final class InvalidPathException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of path was checked; {@link #word()} is Go's word for it. */
  public enum Kind {
    MODULE("module"),
    IMPORT("import"),
    FILE("file");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  private final Kind kind;
  private final String path;
  private final String reason;

  public InvalidPathException(Kind kind, String path, String reason) {
    super("malformed " + kind.word() + " path " + GoQuote.quote(path) + ": " + reason);
    this.kind = kind;
    this.path = path;
    this.reason = reason;
  }

  public Kind kind() {
    return kind;
  }

  public String path() {
    return path;
  }

  /** The reason alone, such as {@code invalid char ' '} or {@code missing dot in first path element}. */
  public String reason() {
    return reason;
  }
}
