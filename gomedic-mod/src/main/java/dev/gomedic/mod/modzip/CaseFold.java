package dev.gomedic.mod.modzip;

import java.util.Arrays;

/**
 * Go's strToFold from x/mod/zip: each rune replaced by the smallest rune of its simple case-folding orbit
 * (what iterating unicode.SimpleFold until it wraps finds), then A-Z by a-z. Two paths collide on a
 * case-insensitive file system when their folds are equal. The orbits are the classes joined by the JDK's
 * simple upper, lower and title case mappings, which is how Unicode's simple folding classes arise: 'K',
 * 'k' and the Kelvin sign U+212A share one, as do U+0345, U+0399, U+03B9 and U+1FBE, which {@code
 * toLowerCase} alone would not join.
 */
final class CaseFold {
  private CaseFold() {}

  /** The fold of a path; equal folds mean a case-insensitive collision. */
  static String fold(String s) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c < 0x80 && !(c >= 'A' && c <= 'Z');
    }
    if (plain) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int min = Orbits.smallest(cp);
      if (min >= 'A' && min <= 'Z') {
        min += 'a' - 'A';
      }
      sb.appendCodePoint(min);
    }
    return sb.toString();
  }

  /** Whether two strings are equal under simple case folding (strings.EqualFold, by orbit). */
  static boolean equalFold(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /** The smallest member of each orbit with more than one member, computed once. */
  private static final class Orbits {
    private static final int[] FROM;
    private static final int[] TO;

    static {
      int n = Character.MAX_CODE_POINT + 1;
      int[] parent = new int[n];
      for (int c = 0; c < n; c++) {
        parent[c] = c;
      }
      for (int c = 0; c < n; c++) {
        union(parent, c, Character.toLowerCase(c));
        union(parent, c, Character.toUpperCase(c));
        union(parent, c, Character.toTitleCase(c));
      }
      int count = 0;
      int[] from = new int[4096];
      int[] to = new int[4096];
      for (int c = 0; c < n; c++) {
        int root = find(parent, c);
        if (root != c) {
          if (count == from.length) {
            from = Arrays.copyOf(from, count * 2);
            to = Arrays.copyOf(to, count * 2);
          }
          from[count] = c;
          to[count] = root;
          count++;
        }
      }
      FROM = Arrays.copyOf(from, count);
      TO = Arrays.copyOf(to, count);
    }

    private static int find(int[] parent, int c) {
      while (parent[c] != c) {
        parent[c] = parent[parent[c]];
        c = parent[c];
      }
      return c;
    }

    /** Joins two classes under the smaller root, so every root is its class's smallest member. */
    private static void union(int[] parent, int a, int b) {
      int ra = find(parent, a);
      int rb = find(parent, b);
      if (ra < rb) {
        parent[rb] = ra;
      } else if (rb < ra) {
        parent[ra] = rb;
      }
    }

    static int smallest(int cp) {
      int i = Arrays.binarySearch(FROM, cp);
      return i >= 0 ? TO[i] : cp;
    }
  }
}
