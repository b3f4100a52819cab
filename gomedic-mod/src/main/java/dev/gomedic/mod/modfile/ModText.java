package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;

/** Public text rules of go.mod files, for tools that build lines or check command-line values. */
public final class ModText {
  private ModText() {}

  /** Whether {@code s} must be quoted to be one token of a go.mod line (spaces, quotes, {@code //}, ...). */
  public static boolean mustQuote(String s) {
    return Tokens.mustQuote(s);
  }

  /** {@code s}, Go-quoted when it must be. */
  public static String autoQuote(String s) {
    return Tokens.autoQuote(s);
  }

  /** {@code s} as a Go double-quoted string literal (strconv.Quote). */
  public static String quote(String s) {
    return GoQuote.quote(s);
  }

  /**
   * Whether a replacement target is a directory rather than a module path: {@code .}, {@code ..}, a path
   * starting with {@code ./}, {@code ../} (or their backslash forms), a rooted path or a Windows drive path.
   */
  public static boolean isDirectoryPath(String s) {
    return Tokens.isDirectoryPath(s);
  }

  /** Whether {@code v} is a valid go directive version: {@code 1.21}, {@code 1.21.0}, {@code 1.21rc1}. */
  public static boolean isGoVersion(String v) {
    return Tokens.isGoVersion(v);
  }

  /** Whether {@code name} is a valid toolchain directive value: {@code default} or {@code go1...}. */
  public static boolean isToolchain(String name) {
    return Tokens.isToolchain(name);
  }
}
