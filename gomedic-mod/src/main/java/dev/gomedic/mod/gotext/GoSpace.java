package dev.gomedic.mod.gotext;

/** Go's notion of white space: unicode.IsSpace and strings.TrimSpace. */
public final class GoSpace {
  private GoSpace() {}

  /** unicode.IsSpace. */
  public static boolean isSpace(int c) {
    return switch (c) {
      case '\t', '\n', 0x0B, 0x0C, '\r', ' ', 0x85, 0xA0 -> true;
      default -> c > 0xFF && Character.isSpaceChar(c);
    };
  }

  /** strings.TrimSpace. */
  public static String trimSpace(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.codePointAt(b))) {
      b += Character.charCount(s.codePointAt(b));
    }
    while (e > b && isSpace(s.codePointBefore(e))) {
      e -= Character.charCount(s.codePointBefore(e));
    }
    return s.substring(b, e);
  }
}
