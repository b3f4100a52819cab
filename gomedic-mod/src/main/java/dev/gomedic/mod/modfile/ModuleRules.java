package dev.gomedic.mod.modfile;

/**
 * The few semantic-version and module-path rules the go.mod parser needs (from x/mod's semver and module
 * packages), in one place so that the rest of the package does not care where they come from.
 */
final class ModuleRules {
  private ModuleRules() {}

  /** A parsed semantic version; null fields for the absent parts. */
  private record Sv(String major, String minor, String patch, String prerelease, String build, boolean shorthand) {}

  private static Sv parse(String v) {
    if (v.isEmpty() || v.charAt(0) != 'v') {
      return null;
    }
    int[] at = {1};
    String major = num(v, at);
    if (major == null) {
      return null;
    }
    if (at[0] == v.length()) {
      return new Sv(major, "0", "0", "", "", true);
    }
    if (v.charAt(at[0]) != '.') {
      return null;
    }
    at[0]++;
    String minor = num(v, at);
    if (minor == null) {
      return null;
    }
    if (at[0] == v.length()) {
      return new Sv(major, minor, "0", "", "", true);
    }
    if (v.charAt(at[0]) != '.') {
      return null;
    }
    at[0]++;
    String patch = num(v, at);
    if (patch == null) {
      return null;
    }
    String pre = "";
    String build = "";
    int i = at[0];
    if (i < v.length() && v.charAt(i) == '-') {
      int end = v.indexOf('+', i);
      end = end < 0 ? v.length() : end;
      pre = v.substring(i, end);
      if (!idents(pre.substring(1), true)) {
        return null;
      }
      i = end;
    }
    if (i < v.length() && v.charAt(i) == '+') {
      build = v.substring(i);
      if (!idents(build.substring(1), false)) {
        return null;
      }
      i = v.length();
    }
    return i == v.length() ? new Sv(major, minor, patch, pre, build, false) : null;
  }

  private static String num(String v, int[] at) {
    int i = at[0];
    while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      i++;
    }
    if (i == at[0] || (v.charAt(at[0]) == '0' && i != at[0] + 1)) {
      return null;
    }
    String n = v.substring(at[0], i);
    at[0] = i;
    return n;
  }

  private static boolean idents(String s, boolean pre) {
    for (String id : s.split("\\.", -1)) {
      if (id.isEmpty() || !id.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) && c < 128)) {
        return false;
      }
      if (pre && id.chars().allMatch(Character::isDigit) && id.length() > 1 && id.charAt(0) == '0') {
        return false;
      }
    }
    return true;
  }

  static boolean isValid(String v) {
    return parse(v) != null;
  }

  /** semver.Canonical: "" when invalid; the build suffix is dropped. */
  static String canonical(String v) {
    Sv p = parse(v);
    if (p == null) {
      return "";
    }
    return "v" + p.major + "." + p.minor + "." + p.patch + p.prerelease;
  }

  static String build(String v) {
    Sv p = parse(v);
    return p == null ? "" : p.build;
  }

  /** semver.Major: "v2" for "v2.1.0"; "" when invalid. */
  static String major(String v) {
    Sv p = parse(v);
    return p == null ? "" : "v" + p.major;
  }

  /** semver.Compare; an invalid version sorts before every valid one and equals other invalid ones. */
  static int compare(String v, String w) {
    Sv a = parse(v);
    Sv b = parse(w);
    if (a == null && b == null) {
      return 0;
    }
    if (a == null) {
      return -1;
    }
    if (b == null) {
      return 1;
    }
    int c = compareNum(a.major, b.major);
    if (c == 0) {
      c = compareNum(a.minor, b.minor);
    }
    if (c == 0) {
      c = compareNum(a.patch, b.patch);
    }
    return c != 0 ? c : comparePrerelease(a.prerelease, b.prerelease);
  }

  private static int compareNum(String x, String y) {
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
    String[] xs = x.substring(1).split("\\.");
    String[] ys = y.substring(1).split("\\.");
    for (int i = 0; i < xs.length && i < ys.length; i++) {
      boolean xn = xs[i].chars().allMatch(Character::isDigit);
      boolean yn = ys[i].chars().allMatch(Character::isDigit);
      int c;
      if (xn && yn) {
        c = compareNum(xs[i], ys[i]);
      } else if (xn != yn) {
        c = xn ? -1 : 1;
      } else {
        c = Integer.signum(xs[i].compareTo(ys[i]));
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(xs.length, ys.length);
  }

  /** module.CanonicalVersion: canonical, keeping a "+incompatible" build suffix; "" when invalid. */
  static String canonicalVersion(String v) {
    Sv p = parse(v);
    if (p == null) {
      return "";
    }
    String cv = "v" + p.major + "." + p.minor + "." + p.patch + p.prerelease;
    return p.build.equals("+incompatible") ? cv + "+incompatible" : cv;
  }

  /** module.SplitPathVersion: {prefix, pathMajor}, or null when the path's major suffix is malformed. */
  static String[] splitPathVersion(String path) {
    if (path.startsWith("gopkg.in/")) {
      return splitGopkgIn(path);
    }
    int i = path.length();
    boolean dot = false;
    while (i > 0 && (Character.isDigit(path.charAt(i - 1)) && path.charAt(i - 1) < 128
        || path.charAt(i - 1) == '.')) {
      dot |= path.charAt(i - 1) == '.';
      i--;
    }
    if (i <= 1 || i == path.length() || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '/') {
      return new String[] {path, ""};
    }
    String pathMajor = path.substring(i - 2);
    if (dot || pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' || pathMajor.equals("/v1")) {
      return null;
    }
    return new String[] {path.substring(0, i - 2), pathMajor};
  }

  private static String[] splitGopkgIn(String path) {
    int i = path.length();
    if (path.endsWith("-unstable")) {
      i -= "-unstable".length();
    }
    while (i > 0 && path.charAt(i - 1) >= '0' && path.charAt(i - 1) <= '9') {
      i--;
    }
    if (i <= 1 || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '.') {
      return null;
    }
    String pathMajor = path.substring(i - 2);
    if (pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' && !pathMajor.equals(".v0")) {
      return null;
    }
    return new String[] {path.substring(0, i - 2), pathMajor};
  }

  /** module.CheckPathMajor: null when {@code v} suits {@code pathMajor}, else Go's error text. */
  static String checkPathMajor(String v, String pathMajor) {
    if (pathMajor.startsWith(".v") && pathMajor.endsWith("-unstable")) {
      pathMajor = pathMajor.substring(0, pathMajor.length() - "-unstable".length());
    }
    if (v.startsWith("v0.0.0-") && pathMajor.equals(".v1")) {
      return null;
    }
    Sv p = parse(v);
    String m = p == null ? "" : "v" + p.major;
    boolean match = pathMajor.isEmpty()
        ? m.equals("v0") || m.equals("v1") || (p != null && p.build.equals("+incompatible"))
        : (pathMajor.charAt(0) == '/' || pathMajor.charAt(0) == '.') && m.equals(pathMajor.substring(1));
    if (match) {
      return null;
    }
    String want = pathMajor.isEmpty() ? "v0 or v1" : pathMajor.substring(1);
    return invalidVersion(v, "should be " + want + ", not " + m);
  }

  /** module.PathMajorPrefix: "v2" for "/v2" and ".v2-unstable". */
  static String pathMajorPrefix(String pathMajor) {
    if (pathMajor.isEmpty()) {
      return "";
    }
    String p = pathMajor;
    if (p.startsWith(".v") && p.endsWith("-unstable")) {
      p = p.substring(0, p.length() - "-unstable".length());
    }
    return p.substring(1);
  }

  /** The text of module.InvalidVersionError. */
  static String invalidVersion(String v, String why) {
    return "version " + GoQuote.quote(v) + " invalid: " + why;
  }
}
