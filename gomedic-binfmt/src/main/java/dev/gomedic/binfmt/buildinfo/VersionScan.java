package dev.gomedic.binfmt.buildinfo;

/** Finds a Go release version ({@code go1.26.5}, {@code go1.21rc2}) standing alone in bytes. */
final class VersionScan {
  private VersionScan() {}

  /** The most specific version starting before {@code limit} in {@code b} (at file offset {@code base}), or null. */
  static String find(byte[] b, int limit, long base) {
    String best = null;
    for (int i = 0; i < limit && i + 4 < b.length; i++) {
      if (b[i] != 'g' || b[i + 1] != 'o' || b[i + 2] != '1' || b[i + 3] != '.') {
        continue;
      }
      // A string symbol of its own starts on an aligned address; elsewhere it must not continue a word.
      if (i > 0 && word(b[i - 1]) && (base + i) % 8 != 0) {
        continue;
      }
      int j = i + 4;
      int minorStart = j;
      while (j < b.length && digit(b[j])) {
        j++;
      }
      if (j == minorStart) {
        continue;
      }
      if (j + 1 < b.length && b[j] == '.' && digit(b[j + 1])) {
        j++;
        while (j < b.length && digit(b[j])) {
          j++;
        }
      } else if (startsWith(b, j, "rc") || startsWith(b, j, "beta")) {
        int k = j + (b[j] == 'r' ? 2 : 4);
        int ds = k;
        while (k < b.length && digit(b[k])) {
          k++;
        }
        if (k > ds) {
          j = k;
        }
      }
      if (j < b.length && (word(b[j]) || b[j] == '.' || b[j] == '-')) {
        continue;
      }
      String v = new String(b, i, j - i, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (best == null || v.length() > best.length()) {
        best = v;
      }
    }
    return best;
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at + s.length() > b.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean word(byte c) {
    return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '/';
  }
}
