package dev.gomedic.goenv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go's {@code cmd/internal/quoted}: splitting a variable such as CC or CGO_CFLAGS into words (white space
 * separates; single or double quotes group, with no escapes) and joining words back.
 */
final class Quoted {
  private Quoted() {}

  /** The words of {@code s}, or empty for an unterminated quote. */
  static Optional<List<String>> split(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c == '"' || c == '\'') {
        int close = s.indexOf(c, i + 1);
        if (close < 0) {
          return Optional.empty();
        }
        out.add(s.substring(i + 1, close));
        i = close + 1;
        continue;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j))) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return Optional.of(out);
  }

  /** Joins words, quoting those with spaces or quotes; falls back to plain spaces when impossible. */
  static String join(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      boolean sq = w.indexOf('\'') >= 0;
      boolean dq = w.indexOf('"') >= 0;
      boolean space = w.chars().anyMatch(ch -> isSpace((char) ch));
      if (!sq && !dq && !space && !w.isEmpty()) {
        b.append(w);
      } else if (!sq) {
        b.append('\'').append(w).append('\'');
      } else if (!dq) {
        b.append('"').append(w).append('"');
      } else {
        return String.join(" ", words);
      }
    }
    return b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
