package dev.gomedic.binfmt.buildinfo;

/** Go's string literal syntax, as {@code strconv.Quote}, {@code Unquote} and {@code QuotedPrefix} use it. */
final class GoQuote {
  private GoQuote() {}

  /** {@code s} as a double-quoted Go literal, escaping what Go does not consider printable. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case 7 -> b.append("\\a");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case 11 -> b.append("\\v");
        default -> {
          if (printable(c)) {
            b.appendCodePoint(c);
          } else if (c < 0x80) {
            b.append(String.format("\\x%02x", c));
          } else if (c == 0xfffd) {
            b.append("\\ufffd");
          } else if (c < 0x10000) {
            b.append(String.format("\\u%04x", c));
          } else {
            b.append(String.format("\\U%08x", c));
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean printable(int c) {
    if (c < 0x20 || c == 0x7f) {
      return false;
    }
    if (c < 0x7f) {
      return true;
    }
    if (c == 0xfffd) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** The length of the quoted literal at the start of {@code s}, or -1 if there is none. */
  static int prefixLength(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    char q = s.charAt(0);
    if (q == '`') {
      int end = s.indexOf('`', 1);
      return end < 0 ? -1 : end + 1;
    }
    if (q != '"') {
      return -1;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        return -1;
      }
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return unquote(s.substring(0, i + 1)) == null ? -1 : i + 1;
      }
    }
    return -1;
  }

  /** The value of the Go literal {@code s} (double- or back-quoted), or null if it is not one. */
  static String unquote(String s) {
    if (s.length() < 2) {
      return null;
    }
    char q = s.charAt(0);
    if (q != s.charAt(s.length() - 1)) {
      return null;
    }
    String body = s.substring(1, s.length() - 1);
    if (q == '`') {
      return body.indexOf('`') >= 0 ? null : body.replace("\r", "");
    }
    if (q != '"') {
      return null;
    }
    StringBuilder b = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"' || c == '\n') {
        return null;
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (++i >= body.length()) {
        return null;
      }
      char e = body.charAt(i);
      switch (e) {
        case 'a' -> b.append((char) 7);
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'v' -> b.append((char) 11);
        case '\\' -> b.append('\\');
        case '"' -> b.append('"');
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + 1 + n > body.length()) {
            return null;
          }
          int v;
          try {
            v = Integer.parseUnsignedInt(body.substring(i + 1, i + 1 + n), 16);
          } catch (NumberFormatException ex) {
            return null;
          }
          if (e != 'x' && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) {
            return null;
          }
          b.appendCodePoint(v);
          i += n;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 3 > body.length()) {
            return null;
          }
          int v;
          try {
            v = Integer.parseInt(body.substring(i, i + 3), 8);
          } catch (NumberFormatException ex) {
            return null;
          }
          if (v > 255) {
            return null;
          }
          b.append((char) v);
          i += 2;
        }
        default -> {
          return null;
        }
      }
    }
    return b.toString();
  }
}
