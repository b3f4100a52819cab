package dev.gomedic.mod.vendorcheck;

/**
 * Go's path.Match: {@code *} any run of non-slash characters, {@code ?} one non-slash character, {@code [...]}
 * a class ({@code ^} negates, {@code a-z} ranges), {@code \} escapes. Works on code points.
 */
final class GoGlob {
  private GoGlob() {}

  /** Whether the pattern is well formed (path.Match reports ErrBadPattern otherwise). */
  static boolean valid(String pattern) {
    int[] p = pattern.codePoints().toArray();
    int i = 0;
    while (i < p.length) {
      if (p[i] == '\\') {
        if (i + 1 >= p.length) {
          return false;
        }
        i += 2;
      } else if (p[i] == '[') {
        int end = classEnd(p, i);
        if (end < 0) {
          return false;
        }
        i = end;
      } else {
        i++;
      }
    }
    return true;
  }

  /** path.Match(pattern, name) for a valid pattern. */
  static boolean match(String pattern, String name) {
    return match(pattern.codePoints().toArray(), 0, name.codePoints().toArray(), 0);
  }

  private static boolean match(int[] p, int pi, int[] s, int si) {
    while (pi < p.length) {
      int c = p[pi];
      if (c == '*') {
        for (int k = si; ; k++) {
          if (match(p, pi + 1, s, k)) {
            return true;
          }
          if (k >= s.length || s[k] == '/') {
            return false;
          }
        }
      }
      if (si >= s.length) {
        return false;
      }
      if (c == '?') {
        if (s[si] == '/') {
          return false;
        }
        pi++;
        si++;
      } else if (c == '[') {
        int end = classEnd(p, pi);
        if (s[si] == '/' || !inClass(p, pi, s[si])) {
          return false;
        }
        pi = end;
        si++;
      } else {
        if (c == '\\') {
          pi++;
          c = p[pi];
        }
        if (s[si] != c) {
          return false;
        }
        pi++;
        si++;
      }
    }
    return si == s.length;
  }

  /** The index after the {@code ]} closing the class at {@code open}, or -1 when it is malformed. */
  private static int classEnd(int[] p, int open) {
    return scanClass(p, open, -1)[0];
  }

  private static boolean inClass(int[] p, int open, int c) {
    return scanClass(p, open, c)[1] == 1;
  }

  /** path.Match's class parser: {end index or -1, whether c matches}. */
  private static int[] scanClass(int[] p, int open, int c) {
    int i = open + 1;
    boolean negated = i < p.length && p[i] == '^';
    if (negated) {
      i++;
    }
    boolean matched = false;
    int ranges = 0;
    while (true) {
      if (i < p.length && p[i] == ']' && ranges > 0) {
        return new int[] {i + 1, matched != negated ? 1 : 0};
      }
      int[] lo = esc(p, i);
      if (lo == null) {
        return new int[] {-1, 0};
      }
      i = lo[1];
      int hi = lo[0];
      if (p[i] == '-') {
        int[] h = esc(p, i + 1);
        if (h == null) {
          return new int[] {-1, 0};
        }
        hi = h[0];
        i = h[1];
      }
      if (lo[0] <= c && c <= hi) {
        matched = true;
      }
      ranges++;
    }
  }

  /** path.getEsc: {the character, the index after it}, or null for ErrBadPattern. */
  private static int[] esc(int[] p, int i) {
    if (i >= p.length || p[i] == '-' || p[i] == ']') {
      return null;
    }
    if (p[i] == '\\') {
      i++;
      if (i >= p.length) {
        return null;
      }
    }
    if (i + 1 >= p.length) {
      return null;
    }
    return new int[] {p[i], i + 1};
  }
}
