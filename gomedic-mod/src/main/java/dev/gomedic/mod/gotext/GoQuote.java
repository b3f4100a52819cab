package dev.gomedic.mod.gotext;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's quoting (strconv.Quote, strconv.QuoteRune, strconv.Unquote for double-quoted strings) and
 * unicode.IsPrint, as Go's error texts and go.mod's printer need them. An invalid byte kept by
 * {@link Utf8#decodeString} is quoted as {@code \xNN}, as Go quotes a string holding that byte; any other lone
 * surrogate stands for U+FFFD.
 */
public final class GoQuote {
  private GoQuote() {}

  /** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  public static boolean isPrint(int c) {
    if (c == ' ' || Utf8.isEscapedByte(c)) {
      return true;
    }
    if (c < 0 || c > Character.MAX_CODE_POINT) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /** strconv.Quote. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(c -> appendEscaped(sb, loneAsRuneError(c), '"'));
    return sb.append('"').toString();
  }

  /** strconv.QuoteRune, as fmt's %q prints a rune. */
  public static String quoteRune(int c) {
    if (c > Character.MAX_CODE_POINT || c < 0 || (c >= 0xD800 && c <= 0xDFFF)) {
      c = Utf8.RUNE_ERROR;
    }
    StringBuilder sb = new StringBuilder("'");
    appendEscaped(sb, c, '\'');
    return sb.append('\'').toString();
  }

  private static int loneAsRuneError(int c) {
    return c >= 0xD800 && c <= 0xDFFF && !Utf8.isEscapedByte(c) ? Utf8.RUNE_ERROR : c;
  }

  private static void appendEscaped(StringBuilder sb, int c, char quote) {
    if (c == quote || c == '\\') {
      sb.append('\\').appendCodePoint(c);
      return;
    }
    if (Utf8.isEscapedByte(c)) {
      sb.append(String.format("\\x%02x", c & 0xFF));
      return;
    }
    if (isPrint(c)) {
      sb.appendCodePoint(c);
      return;
    }
    switch (c) {
      case 7 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 0x0B -> sb.append("\\v");
      default -> {
        if (c < ' ' || c == 0x7F) {
          sb.append(String.format("\\x%02x", c));
        } else if (c < 0x10000) {
          sb.append(String.format("\\u%04x", c));
        } else {
          sb.append(String.format("\\U%08x", c));
        }
      }
    }
  }

  /**
   * strconv.Unquote for a double-quoted string; throws IllegalArgumentException("invalid syntax") like
   * strconv.ErrSyntax.
   */
  public static String unquote(String s) {
    if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
      throw syntax();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int i = 1;
    int end = s.length() - 1;
    while (i < end) {
      int c = s.codePointAt(i);
      if (c == '"' || c == '\n') {
        throw syntax();
      }
      if (c != '\\') {
        byte[] b = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i += Character.charCount(c);
        continue;
      }
      if (i + 1 >= end) {
        throw syntax();
      }
      char e = s.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'a' -> out.write(7);
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case 'v' -> out.write(0x0B);
        case '\\' -> out.write('\\');
        case '"' -> out.write('"');
        case 'x' -> {
          out.write(hex(s, i, 2, end));
          i += 2;
        }
        case 'u', 'U' -> {
          int n = e == 'u' ? 4 : 8;
          int v = hex(s, i, n, end);
          if (v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF)) {
            throw syntax();
          }
          byte[] b = new String(Character.toChars(v)).getBytes(StandardCharsets.UTF_8);
          out.write(b, 0, b.length);
          i += n;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 2 > end) {
            throw syntax();
          }
          int v = e - '0';
          for (int k = 0; k < 2; k++) {
            char d = s.charAt(i + k);
            if (d < '0' || d > '7') {
              throw syntax();
            }
            v = v * 8 + (d - '0');
          }
          if (v > 255) {
            throw syntax();
          }
          out.write(v);
          i += 2;
        }
        default -> throw syntax();
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(String s, int at, int n, int end) {
    if (at + n > end) {
      throw syntax();
    }
    long v = 0;
    for (int k = 0; k < n; k++) {
      int d = Character.digit(s.charAt(at + k), 16);
      if (d < 0 || s.charAt(at + k) > 'f') {
        throw syntax();
      }
      v = v * 16 + d;
    }
    return v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) v;
  }

  private static IllegalArgumentException syntax() {
    return new IllegalArgumentException("invalid syntax");
  }
}
