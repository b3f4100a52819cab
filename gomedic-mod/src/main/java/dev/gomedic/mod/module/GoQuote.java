package dev.gomedic.mod.module;

/** Go's {@code %q} formatting (strconv.Quote and strconv.QuoteRune), needed for Go's exact error texts. */
final class GoQuote {
  private GoQuote() {}

  /** Like Go's {@code strconv.Quote}: a double-quoted string with non-printable runes escaped. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      append(b, cp, '"');
    }
    return b.append('"').toString();
  }

  /** Like Go's {@code strconv.QuoteRune}: a single-quoted rune. */
  static String quoteRune(int cp) {
    StringBuilder b = new StringBuilder().append('\'');
    append(b, cp, '\'');
    return b.append('\'').toString();
  }

  private static void append(StringBuilder b, int cp, char quote) {
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      cp = 0xFFFD; // a lone surrogate stands for bytes Go would see as invalid UTF-8
    }
    if (cp == quote || cp == '\\') {
      b.append('\\').appendCodePoint(cp);
      return;
    }
    if (isPrint(cp)) {
      b.appendCodePoint(cp);
      return;
    }
    switch (cp) {
      case 0x07 -> b.append("\\a");
      case '\b' -> b.append("\\b");
      case '\f' -> b.append("\\f");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      case 0x0B -> b.append("\\v");
      default -> {
        if (cp < ' ' || cp == 0x7F) {
          b.append("\\x").append(hex(cp, 2));
        } else if (cp < 0x10000) {
          b.append("\\u").append(hex(cp, 4));
        } else {
          b.append("\\U").append(hex(cp, 8));
        }
      }
    }
  }

  private static String hex(int v, int width) {
    String h = Integer.toHexString(v);
    return "0".repeat(Math.max(0, width - h.length())) + h;
  }

  /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  static boolean isPrint(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20 && cp < 0x7F;
    }
    return switch (Character.getType(cp)) {
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
}
