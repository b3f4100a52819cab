package dev.gomedic.mod.module;

/**
 * Go's {@code module.MatchPrefixPatterns}: whether a module or import path starts with a path
 * matched by one of a comma-separated list of glob patterns, as GOPRIVATE, GONOPROXY, GONOSUMDB and
 * GOINSECURE use it.
 *
 * <p>Each pattern (trailing slash ignored, empty ones skipped) is matched with Go's {@code path.Match}
 * against the leading path elements of the target, as many as the pattern has: {@code *.corp.com}
 * matches {@code git.corp.com/x/y}; {@code rsc.io/*} matches {@code rsc.io/quote/v3}. A malformed
 * pattern matches nothing.
 */
public final class PrefixPatterns {
  private PrefixPatterns() {}

  /** Whether {@code target} has a prefix matched by one of the comma-separated {@code globs}. */
  public static boolean matches(String globs, String target) {
    for (String glob : globs.split(",", -1)) {
      if (glob.endsWith("/")) {
        glob = glob.substring(0, glob.length() - 1);
      }
      if (glob.isEmpty()) {
        continue;
      }
      int n = (int) glob.chars().filter(c -> c == '/').count();
      String prefix = target;
      for (int i = 0; i < target.length(); i++) {
        if (target.charAt(i) == '/') {
          if (n == 0) {
            prefix = target.substring(0, i);
            break;
          }
          n--;
        }
      }
      if (n > 0) {
        continue;
      }
      if (pathMatch(glob, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Go's path.Match; false also for a malformed pattern. */
  static boolean pathMatch(String pattern, String name) {
    int[] p = pattern.codePoints().toArray();
    int[] s = name.codePoints().toArray();
    if (p.length > 4096 || s.length > 4096) {
      return false; // far beyond any real path; keeps the backtracking bounded
    }
    return match(p, 0, s, 0) == 1;
  }

  /** 1 match, 0 no match, -1 bad pattern. */
  private static int match(int[] p, int pi, int[] s, int si) {
    while (pi < p.length) {
      int c = p[pi];
      if (c == '*') {
        while (pi < p.length && p[pi] == '*') {
          pi++;
        }
        for (int k = si; k <= s.length; k++) {
          int r = match(p, pi, s, k);
          if (r != 0) {
            return r;
          }
          if (k < s.length && s[k] == '/') {
            break;
          }
        }
        return 0;
      }
      if (c == '[') {
        int end = classEnd(p, pi);
        if (end < 0) {
          return -1;
        }
        if (si >= s.length || !classMatches(p, pi, end, s[si])) {
          return 0;
        }
        pi = end;
        si++;
        continue;
      }
      if (c == '?') {
        if (si >= s.length || s[si] == '/') {
          return 0;
        }
        pi++;
        si++;
        continue;
      }
      if (c == '\\') {
        pi++;
        if (pi >= p.length) {
          return -1;
        }
        c = p[pi];
      }
      if (si >= s.length || s[si] != c) {
        return 0;
      }
      pi++;
      si++;
    }
    return si == s.length ? 1 : 0;
  }

  /** Index just past the class starting at p[start] == '[', or -1 when malformed. */
  private static int classEnd(int[] p, int start) {
    int i = start + 1;
    if (i < p.length && p[i] == '^') {
      i++;
    }
    int ranges = 0;
    while (true) {
      if (i < p.length && p[i] == ']' && ranges > 0) {
        return i + 1;
      }
      i = escaped(p, i);
      if (i < 0) {
        return -1;
      }
      if (i < p.length && p[i] == '-') {
        i = escaped(p, i + 1);
        if (i < 0) {
          return -1;
        }
      }
      ranges++;
    }
  }

  /** Index past one possibly escaped class character at i, or -1 (Go's getEsc). */
  private static int escaped(int[] p, int i) {
    if (i >= p.length || p[i] == '-' || p[i] == ']') {
      return -1;
    }
    if (p[i] == '\\') {
      i++;
      if (i >= p.length) {
        return -1;
      }
    }
    return i + 1;
  }

  private static boolean classMatches(int[] p, int start, int end, int ch) {
    int i = start + 1;
    boolean negated = i < p.length && p[i] == '^';
    if (negated) {
      i++;
    }
    boolean matched = false;
    while (i < end - 1) {
      int lo = p[i] == '\\' ? p[++i] : p[i];
      i++;
      int hi = lo;
      if (p[i] == '-') {
        i++;
        hi = p[i] == '\\' ? p[++i] : p[i];
        i++;
      }
      if (lo <= ch && ch <= hi) {
        matched = true;
      }
    }
    return matched != negated;
  }
}
