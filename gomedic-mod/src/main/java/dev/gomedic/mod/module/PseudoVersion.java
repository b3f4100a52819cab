package dev.gomedic.mod.module;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.semver.Semver;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Pseudo-versions: versions that name a commit, built from a base version, a UTC time and a
 * revision, in Go's three forms:
 *
 * <ol>
 *   <li>{@code vX.0.0-yyyymmddhhmmss-rev} when there is no earlier tagged version;
 *   <li>{@code vX.Y.(Z+1)-0.yyyymmddhhmmss-rev} after a release vX.Y.Z;
 *   <li>{@code vX.Y.Z-pre.0.yyyymmddhhmmss-rev} after a prerelease vX.Y.Z-pre.
 * </ol>
 *
 * A build suffix of the base (such as {@code +incompatible}) is carried over.
 */
public final class PseudoVersion {
  private PseudoVersion() {}

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /**
   * Builds a pseudo-version. {@code major} ("v2"; "" means "v0") is used only without an {@code
   * older} tagged version; {@code older} may be "" or any version.
   */
  public static String build(String major, String older, Instant time, String rev) {
    if (major.isEmpty()) {
      major = "v0";
    }
    String segment = STAMP.format(LocalDateTime.ofInstant(time, ZoneOffset.UTC)) + "-" + rev;
    String build = Semver.build(older);
    String base = Semver.canonical(older);
    if (base.isEmpty()) {
      return major + ".0.0-" + segment;
    }
    if (!Semver.prerelease(base).isEmpty()) {
      return base + ".0." + segment + build;
    }
    int i = base.lastIndexOf('.') + 1;
    return base.substring(0, i) + incDecimal(base.substring(i)) + "-0." + segment + build;
  }

  /** The zero pseudo-version for a major version, e.g. {@code v0.0.0-00010101000000-000000000000}. */
  public static String zero(String major) {
    return build(major, "", Instant.parse("0001-01-01T00:00:00Z"), "000000000000");
  }

  /** Whether {@code v} has the shape of a pseudo-version. */
  public static boolean isPseudoVersion(String v) {
    return v.chars().filter(c -> c == '-').count() >= 2
        && Semver.isValid(v)
        && hasPseudoShape(v);
  }

  /**
   * Go's pseudo-version pattern {@code v\d+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+}
   * plus build, checked by hand for a {@code v} already known to be valid semver (a regex with
   * repeated groups overflows the stack on huge inputs). Semver validity covers the build part.
   */
  private static boolean hasPseudoShape(String v) {
    int plus = v.indexOf('+');
    String s = plus < 0 ? v : v.substring(0, plus);
    int dash = s.lastIndexOf('-');
    if (dash < 0 || dash == s.length() - 1 || !allMatch(s, dash + 1, s.length(), PseudoVersion::isAlnum)) {
      return false;
    }
    int stamp = dash - 14;
    if (stamp < 0 || !allMatch(s, stamp, dash, PseudoVersion::isDigit)) {
      return false;
    }
    String prefix = s.substring(0, stamp); // must be "vN.0.0-" or "vN.N.N-" [anything "."] "0."
    int i = digitsAfter(prefix, 1);
    if (!prefix.startsWith("v") || i < 0 || i >= prefix.length() || prefix.charAt(i) != '.') {
      return false;
    }
    if (prefix.substring(i).equals(".0.0-")) {
      return true;
    }
    if (!prefix.endsWith("0.")) {
      return false;
    }
    String head = prefix.substring(0, prefix.length() - 2);
    int j = digitsAfter(head, i + 1);
    if (j < 0 || j >= head.length() || head.charAt(j) != '.') {
      return false;
    }
    int k = digitsAfter(head, j + 1);
    if (k < 0 || k >= head.length() || head.charAt(k) != '-') {
      return false;
    }
    return k + 1 == head.length() || head.charAt(head.length() - 1) == '.';
  }

  /** End of one or more ASCII digits starting at i, or -1. */
  private static int digitsAfter(String s, int i) {
    int j = i;
    while (j < s.length() && isDigit(s.charAt(j))) {
      j++;
    }
    return j > i ? j : -1;
  }

  private static boolean allMatch(String s, int from, int to, java.util.function.IntPredicate p) {
    for (int i = from; i < to; i++) {
      if (!p.test(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether {@code v} is the zero pseudo-version of its major version. */
  public static boolean isZeroPseudoVersion(String v) {
    return v.equals(zero(Semver.major(v)));
  }

  /**
   * The commit time encoded in a pseudo-version.
   *
   * @throws InvalidVersionException {@code syntax error} or {@code malformed time "..."}
   */
  public static Instant time(String v) {
    String stamp = parse(v).timestamp;
    try {
      return LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidVersionException(v, true, "malformed time " + GoQuote.quote(stamp));
    }
  }

  /** The revision identifier at the end of a pseudo-version. */
  public static String rev(String v) {
    return parse(v).rev;
  }

  /**
   * The tagged version the pseudo-version was built on, "" for form 1.
   *
   * @throws InvalidVersionException for a malformed pseudo-version, a form-1 version with build
   *     metadata, or a form-2 version whose base would have a negative patch number
   */
  public static String base(String v) {
    Parts p = parse(v);
    String base = p.base;
    String pre = Semver.prerelease(base);
    if (pre.isEmpty()) {
      if (!p.build.isEmpty()) {
        throw new InvalidVersionException(
            v, true, "lacks base version, but has build metadata " + GoQuote.quote(p.build));
      }
      return "";
    }
    if (pre.equals("-0")) {
      base = base.substring(0, base.length() - 2);
      int i = base.lastIndexOf('.');
      String patch = decDecimal(base.substring(i + 1));
      if (patch.isEmpty()) {
        throw new InvalidVersionException(
            v, true, "version before " + base + " would have negative patch number");
      }
      return base.substring(0, i + 1) + patch + p.build;
    }
    return base.substring(0, base.length() - 2) + p.build;
  }

  private record Parts(String base, String timestamp, String rev, String build) {}

  private static Parts parse(String v) {
    if (!isPseudoVersion(v)) {
      throw new InvalidVersionException(v, true, "syntax error");
    }
    String build = Semver.build(v);
    String s = v.substring(0, v.length() - build.length());
    int j = s.lastIndexOf('-');
    String rev = s.substring(j + 1);
    s = s.substring(0, j);
    int i = s.lastIndexOf('-');
    int dot = s.lastIndexOf('.');
    if (dot > i) {
      return new Parts(s.substring(0, dot), s.substring(dot + 1), rev, build);
    }
    return new Parts(s.substring(0, i), s.substring(i + 1), rev, build);
  }

  static String incDecimal(String decimal) {
    char[] d = decimal.toCharArray();
    int i = d.length - 1;
    for (; i >= 0 && d[i] == '9'; i--) {
      d[i] = '0';
    }
    if (i >= 0) {
      d[i]++;
      return new String(d);
    }
    return "1" + new String(d);
  }

  static String decDecimal(String decimal) {
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
