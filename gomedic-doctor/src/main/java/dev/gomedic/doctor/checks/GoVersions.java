package dev.gomedic.doctor.checks;

/**
 * Compares Go release versions as written in go lines and VERSION files: {@code 1.19}, {@code 1.21.0},
 * {@code 1.21rc1}, {@code go1.19.8}. A missing patch counts as below .0 for releases before 1.21 not at all:
 * {@code 1.21 < 1.21rc1 < 1.21.0}, as the go command orders them.
 */
final class GoVersions {
  private GoVersions() {}

  static int compare(String a, String b) {
    long[] x = key(a);
    long[] y = key(b);
    for (int i = 0; i < x.length; i++) {
      int c = Long.compare(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** major, minor, kind (0 = language version, 1 = beta, 2 = rc, 3 = release), number, patch. */
  static long[] key(String v) {
    String s = v.startsWith("go") ? v.substring(2) : v;
    long[] k = new long[5];
    String[] parts = s.split("\\.", 3);
    k[0] = num(parts[0]);
    String minor = parts.length > 1 ? parts[1] : "0";
    int cut = firstLetter(minor);
    k[1] = num(minor.substring(0, cut));
    String pre = minor.substring(cut);
    if (pre.startsWith("beta")) {
      k[2] = 1;
      k[3] = num(pre.substring(4));
    } else if (pre.startsWith("rc")) {
      k[2] = 2;
      k[3] = num(pre.substring(2));
    } else if (parts.length > 2) {
      k[2] = 3;
      k[4] = num(parts[2]);
    } else {
      k[2] = k[0] == 1 && k[1] < 21 ? 3 : 0;
    }
    return k;
  }

  /** Whether the string looks like a Go version at all. */
  static boolean valid(String v) {
    return (v.startsWith("go") ? v.substring(2) : v).matches("[1-9][0-9]*(\\.[0-9]+)?((rc|beta)[0-9]+|\\.[0-9]+)?");
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return s.length();
  }

  private static long num(String s) {
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s.length() > 9 ? s.substring(0, 9) : s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
