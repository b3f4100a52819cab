package dev.gomedic.mod.gover;

import java.util.Optional;

/**
 * Go toolchain and language versions ("1.21", "1.21rc1", "1.21.0"), compared as the go command ≥
 * 1.21 compares them (golang/go internal/gover and cmd/go/internal/gover). Versions here carry no
 * "go" prefix; toolchain names ("go1.21.0-bigcorp") go through {@link #fromToolchain}.
 */
public final class GoVersion {
  private GoVersion() {}

  /**
   * A parsed version: major[.minor[.patch]][kind[pre]]. Numbers stay decimal strings so that huge
   * ones cannot overflow. Before 1.21 a missing patch means ".0"; from 1.21 on "1.N" is the language
   * version, below "1.NrcM" and "1.N.0", so its patch is "".
   */
  public record Parts(String major, String minor, String patch, String kind, String pre) {}

  /** Parses a version, or empty when malformed. */
  public static Optional<Parts> parse(String x) {
    return Optional.ofNullable(parseOrNull(x));
  }

  private static Parts parseOrNull(String x) {
    int end = cutInt(x, 0);
    if (end < 0) {
      return null;
    }
    String major = x.substring(0, end);
    if (end == x.length()) {
      return new Parts(major, "0", "0", "", "");
    }
    if (x.charAt(end) != '.') {
      return null;
    }
    int start = end + 1;
    end = cutInt(x, start);
    if (end < 0) {
      return null;
    }
    String minor = x.substring(start, end);
    if (end == x.length()) {
      return new Parts(major, minor, cmpInt(minor, "21") < 0 ? "0" : "", "", "");
    }
    String patch = "";
    if (x.charAt(end) == '.') {
      start = end + 1;
      end = cutInt(x, start);
      if (end < 0) {
        return null;
      }
      patch = x.substring(start, end);
      if (end == x.length()) {
        return new Parts(major, minor, patch, "", "");
      }
    }
    // A prerelease: lower-case letters, then an optional number.
    int i = end;
    while (i < x.length() && !isDigit(x.charAt(i))) {
      char c = x.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
      i++;
    }
    if (i == end) {
      return null;
    }
    String kind = x.substring(end, i);
    if (i == x.length()) {
      return new Parts(major, minor, patch, kind, "");
    }
    int preEnd = cutInt(x, i);
    if (preEnd != x.length()) {
      return null;
    }
    return new Parts(major, minor, patch, kind, x.substring(i));
  }

  /** Whether {@code x} is a valid Go version (no "go" prefix). */
  public static boolean isValid(String x) {
    return parseOrNull(x) != null;
  }

  /**
   * Compares two versions: -1, 0 or +1. Malformed versions are equal to each other and less than
   * any valid one. {@code 1.21 < 1.21rc1 < 1.21.0}, but {@code 1.19rc1 < 1.19 == 1.19.0}; a patch
   * prerelease precedes its patch ({@code 1.8.5rc5 < 1.8.5}).
   */
  public static int compare(String x, String y) {
    Parts vx = orZero(parseOrNull(x));
    Parts vy = orZero(parseOrNull(y));
    int c = cmpInt(vx.major, vy.major);
    if (c == 0) {
      c = cmpInt(vx.minor, vy.minor);
    }
    if (c == 0) {
      c = cmpInt(vx.patch, vy.patch);
    }
    if (c != 0) {
      return c;
    }
    c = Integer.signum(vx.kind.compareTo(vy.kind)); // "" < alpha < beta < rc
    if (c != 0) {
      if (!vx.patch.isEmpty()) { // for a patch release the release follows its prereleases
        if (vx.kind.isEmpty()) {
          c = 1;
        } else if (vy.kind.isEmpty()) {
          c = -1;
        }
      }
      return c;
    }
    return cmpInt(vx.pre, vy.pre);
  }

  /** The larger of two versions; {@code x} when they compare equal. */
  public static String max(String x, String y) {
    return compare(x, y) < 0 ? y : x;
  }

  /** The language version: "1.21.3" and "1.21rc1" give "1.21"; "1" and "1.0" give "1". */
  public static String lang(String x) {
    Parts v = orZero(parseOrNull(x));
    if (v.minor.isEmpty() || (v.major.equals("1") && v.minor.equals("0"))) {
      return v.major;
    }
    return v.major + "." + v.minor;
  }

  /** Whether {@code x} names a language version ("1.21", "1.22"), not a release ("1.20" is 1.20.0). */
  public static boolean isLang(String x) {
    Parts v = parseOrNull(x);
    return v != null && v.patch.isEmpty() && v.kind.isEmpty() && v.pre.isEmpty();
  }

  /** Whether {@code x} is a prerelease (alpha, beta, rc). */
  public static boolean isPrerelease(String x) {
    Parts v = parseOrNull(x);
    return v != null && !v.kind.isEmpty();
  }

  /** The language version before {@code x} ("1.3rc4" gives "1.2"); "1.0" and "1.1" give "1". */
  public static String prev(String x) {
    Parts v = orZero(parseOrNull(x));
    if (cmpInt(v.minor, "1") <= 0) {
      return v.major;
    }
    return v.major + "." + decInt(v.minor);
  }

  /**
   * The version a toolchain name stands for: "go1.21.0" and "go1.21.0-bigcorp extra" give "1.21.0";
   * names not starting with "go", or whose version is invalid, give "".
   */
  public static String fromToolchain(String name) {
    if (!name.startsWith("go")) {
      return "";
    }
    String v = name.substring(2);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ' ' || c == '\t' || c == '-') {
        v = v.substring(0, i);
        break;
      }
    }
    return isValid(v) ? v : "";
  }

  private static final Parts ZERO = new Parts("", "", "", "", "");

  private static Parts orZero(Parts p) {
    return p == null ? ZERO : p;
  }

  /** End of a decimal without needless leading zero starting at {@code i}, or -1. */
  private static int cutInt(String x, int i) {
    int j = i;
    while (j < x.length() && isDigit(x.charAt(j))) {
      j++;
    }
    if (j == i || (x.charAt(i) == '0' && j != i + 1)) {
      return -1;
    }
    return j;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Compares decimal strings as numbers; "" is smallest. */
  static int cmpInt(String x, String y) {
    if (x.equals(y)) {
      return 0;
    }
    if (x.length() != y.length()) {
      return x.length() < y.length() ? -1 : 1;
    }
    return x.compareTo(y) < 0 ? -1 : 1;
  }

  static String decInt(String decimal) {
    char[] d = decimal.toCharArray();
    int i = d.length - 1;
    for (; i >= 0 && d[i] == '0'; i--) {
      d[i] = '9';
    }
    if (i < 0) {
      return "";
    }
    if (i == 0 && d[i] == '1' && d.length > 1) {
      return new String(d, 1, d.length - 1);
    }
    d[i]--;
    return new String(d);
  }
}
