package dev.gomedic.mod.semver;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Go-flavoured semantic versions, with the same answers as {@code golang.org/x/mod/semver}.
 *
 * <p>All methods are pure and accept any string; an invalid version is never an exception: predicates
 * answer {@code false}, accessors answer {@code ""}, and {@link #compare} sorts invalid strings before
 * every valid one.
 */
public final class Semver {

  /** Go's {@code semver.Sort} order: {@link #compare}, ties broken by byte-wise string order. */
  public static final Comparator<String> ORDER =
      (v, w) -> {
        int c = compare(v, w);
        return c != 0 ? c : compareBytes(v, w);
      };

  private Semver() {}

  /** The parts of a version; {@code shortSuffix} is what canonical form appends (".0.0", ".0" or ""). */
  private record Parsed(
      String major, String minor, String patch, String shortSuffix, String prerelease, String build) {}

  /** Whether {@code v} is a valid version: {@code v1}, {@code v1.2}, {@code v1.2.3-pre+build}. */
  public static boolean isValid(String v) {
    return parse(v) != null;
  }

  /**
   * The canonical form of {@code v}: three numbers, prerelease kept, build metadata dropped ("" when
   * invalid). Note that Go keeps a "+incompatible"-style build suffix out as well.
   */
  public static String canonical(String v) {
    Parsed p = parse(v);
    if (p == null) {
      return "";
    }
    if (!p.build.isEmpty()) {
      return v.substring(0, v.length() - p.build.length());
    }
    return v + p.shortSuffix;
  }

  /** The major prefix, such as "v2" ("" when invalid). */
  public static String major(String v) {
    Parsed p = parse(v);
    return p == null ? "" : v.substring(0, 1 + p.major.length());
  }

  /** The major.minor prefix, such as "v2.1" ("" when invalid). */
  public static String majorMinor(String v) {
    Parsed p = parse(v);
    if (p == null) {
      return "";
    }
    int i = 1 + p.major.length();
    int j = i + 1 + p.minor.length();
    if (j <= v.length() && v.charAt(i) == '.' && v.substring(i + 1, j).equals(p.minor)) {
      return v.substring(0, j);
    }
    return v.substring(0, i) + "." + p.minor;
  }

  /** The prerelease suffix including its leading '-', or "" (also when invalid). */
  public static String prerelease(String v) {
    Parsed p = parse(v);
    return p == null ? "" : p.prerelease;
  }

  /** The build suffix including its leading '+', or "" (also when invalid). */
  public static String build(String v) {
    Parsed p = parse(v);
    return p == null ? "" : p.build;
  }

  /**
   * Compares two versions: -1, 0 or +1. Build metadata is ignored; two invalid strings are equal; an
   * invalid string is less than every valid one.
   */
  public static int compare(String v, String w) {
    Parsed pv = parse(v);
    Parsed pw = parse(w);
    if (pv == null && pw == null) {
      return 0;
    }
    if (pv == null) {
      return -1;
    }
    if (pw == null) {
      return 1;
    }
    int c = compareNumber(pv.major, pw.major);
    if (c == 0) {
      c = compareNumber(pv.minor, pw.minor);
    }
    if (c == 0) {
      c = compareNumber(pv.patch, pw.patch);
    }
    if (c == 0) {
      c = comparePrerelease(pv.prerelease, pw.prerelease);
    }
    return c;
  }

  /** The larger of two versions, in canonical form; an invalid version counts as smallest. */
  public static String max(String v, String w) {
    String cv = canonical(v);
    String cw = canonical(w);
    return compare(cv, cw) > 0 ? cv : cw;
  }

  /** Sorts a list in place in {@link #ORDER}. */
  public static void sort(List<String> versions) {
    versions.sort(ORDER);
  }

  static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] y = b.getBytes(StandardCharsets.UTF_8);
    int c = java.util.Arrays.compareUnsigned(x, y);
    return Integer.signum(c);
  }

  private static Parsed parse(String v) {
    if (v == null || v.isEmpty() || v.charAt(0) != 'v') {
      return null;
    }
    int i = 1;
    int end = number(v, i);
    if (end < 0) {
      return null;
    }
    String major = v.substring(i, end);
    if (end == v.length()) {
      return new Parsed(major, "0", "0", ".0.0", "", "");
    }
    if (v.charAt(end) != '.') {
      return null;
    }
    i = end + 1;
    end = number(v, i);
    if (end < 0) {
      return null;
    }
    String minor = v.substring(i, end);
    if (end == v.length()) {
      return new Parsed(major, minor, "0", ".0", "", "");
    }
    if (v.charAt(end) != '.') {
      return null;
    }
    i = end + 1;
    end = number(v, i);
    if (end < 0) {
      return null;
    }
    String patch = v.substring(i, end);
    String pre = "";
    String build = "";
    i = end;
    if (i < v.length() && v.charAt(i) == '-') {
      end = identifiers(v, i, true);
      if (end < 0) {
        return null;
      }
      pre = v.substring(i, end);
      i = end;
    }
    if (i < v.length() && v.charAt(i) == '+') {
      end = identifiers(v, i, false);
      if (end < 0) {
        return null;
      }
      build = v.substring(i, end);
      i = end;
    }
    if (i != v.length()) {
      return null;
    }
    return new Parsed(major, minor, patch, "", pre, build);
  }

  /** End of a decimal number without leading zeros starting at {@code i}, or -1. */
  private static int number(String v, int i) {
    int j = i;
    while (j < v.length() && isDigit(v.charAt(j))) {
      j++;
    }
    if (j == i || (v.charAt(i) == '0' && j != i + 1)) {
      return -1;
    }
    return j;
  }

  /**
   * End of a dot-separated identifier list after the '-' or '+' at {@code i}, or -1. A prerelease ends
   * at '+'; a build runs to the end. Prerelease numeric identifiers may not have leading zeros.
   */
  private static int identifiers(String v, int i, boolean prerelease) {
    int start = i + 1;
    int j = start;
    while (j < v.length() && !(prerelease && v.charAt(j) == '+')) {
      char c = v.charAt(j);
      if (c == '.') {
        if (!goodIdentifier(v, start, j, prerelease)) {
          return -1;
        }
        start = j + 1;
      } else if (!isIdentChar(c)) {
        return -1;
      }
      j++;
    }
    return goodIdentifier(v, start, j, prerelease) ? j : -1;
  }

  private static boolean goodIdentifier(String v, int start, int end, boolean prerelease) {
    if (start == end) {
      return false;
    }
    return !(prerelease && isBadNumber(v.substring(start, end)));
  }

  private static boolean isIdentChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isDigit(c) || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (!isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBadNumber(String s) {
    return isNumber(s) && s.length() > 1 && s.charAt(0) == '0';
  }

  private static int compareNumber(String x, String y) {
    if (x.length() != y.length()) {
      return x.length() < y.length() ? -1 : 1;
    }
    return Integer.signum(x.compareTo(y));
  }

  private static int comparePrerelease(String x, String y) {
    if (x.equals(y)) {
      return 0;
    }
    if (x.isEmpty()) {
      return 1;
    }
    if (y.isEmpty()) {
      return -1;
    }
    String[] xs = x.substring(1).split("\\.", -1);
    String[] ys = y.substring(1).split("\\.", -1);
    int n = Math.min(xs.length, ys.length);
    for (int k = 0; k < n; k++) {
      String dx = xs[k];
      String dy = ys[k];
      if (dx.equals(dy)) {
        continue;
      }
      boolean nx = isNumber(dx);
      boolean ny = isNumber(dy);
      if (nx != ny) {
        return nx ? -1 : 1;
      }
      if (nx && dx.length() != dy.length()) {
        return dx.length() < dy.length() ? -1 : 1;
      }
      return Integer.signum(dx.compareTo(dy)) < 0 ? -1 : 1;
    }
    return xs.length < ys.length ? -1 : 1;
  }
}
