package dev.gomedic.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the flat JSON object of strings that {@code go env -json} prints. Test-only, strict. */
final class FlatJson {
  private FlatJson() {}

  static Map<String, String> parse(String s) {
    Map<String, String> m = new LinkedHashMap<>();
    int[] i = {0};
    skip(s, i);
    expect(s, i, '{');
    skip(s, i);
    if (s.charAt(i[0]) == '}') {
      return m;
    }
    while (true) {
      skip(s, i);
      String k = string(s, i);
      skip(s, i);
      expect(s, i, ':');
      skip(s, i);
      m.put(k, string(s, i));
      skip(s, i);
      char c = s.charAt(i[0]++);
      if (c == '}') {
        return m;
      }
      if (c != ',') {
        throw new IllegalArgumentException("bad JSON at " + i[0] + ": " + s);
      }
    }
  }

  private static void skip(String s, int[] i) {
    while (i[0] < s.length() && Character.isWhitespace(s.charAt(i[0]))) {
      i[0]++;
    }
  }

  private static void expect(String s, int[] i, char c) {
    if (s.charAt(i[0]++) != c) {
      throw new IllegalArgumentException("want " + c + " at " + (i[0] - 1) + ": " + s);
    }
  }

  private static String string(String s, int[] i) {
    expect(s, i, '"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = s.charAt(i[0]++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i[0]++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i[0], i[0] + 4), 16));
          i[0] += 4;
        }
        default -> b.append(e);
      }
    }
  }
}
