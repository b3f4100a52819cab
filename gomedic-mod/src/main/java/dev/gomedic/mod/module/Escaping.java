package dev.gomedic.mod.module;

/** The '!'-lower-case escaping of module paths and versions used by proxies and the module cache. */
final class Escaping {
  private Escaping() {}

  /** Escapes upper-case ASCII letters; fails like Go on '!' or non-ASCII (already excluded by checks). */
  static String escape(String s) {
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '!' || c >= 0x80) {
        throw new IllegalArgumentException("internal error: inconsistency in EscapePath");
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append('!').append((char) (c + ('a' - 'A')));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The decoded string, or null when the escaping is malformed. */
  static String unescape(String escaped) {
    StringBuilder b = new StringBuilder(escaped.length());
    boolean bang = false;
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (bang) {
        bang = false;
        if (c < 'a' || c > 'z') {
          return null;
        }
        b.append((char) (c - ('a' - 'A')));
        continue;
      }
      if (c == '!') {
        bang = true;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        return null;
      }
      b.append(c);
    }
    return bang ? null : b.toString();
  }
}
