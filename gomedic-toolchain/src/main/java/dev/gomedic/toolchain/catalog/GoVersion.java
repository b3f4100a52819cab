package dev.gomedic.toolchain.catalog;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go release name such as {@code go1.22.5}, {@code go1.21rc2}, {@code go1.20} or {@code go1}, ordered as the
 * go command orders them: {@code go1.20 < go1.20.1}, {@code go1.21rc1 < go1.21.0}, {@code beta < rc < release}.
 *
 * @param major the major number (1)
 * @param minor the minor number
 * @param patch the patch number, or -1 when the name has none ({@code go1.20}, {@code go1.21rc2})
 * @param kind "beta", "rc" or "" for a release
 * @param pre the beta/rc number, 0 for a release
 */
public record GoVersion(int major, int minor, int patch, String kind, int pre) implements Comparable<GoVersion> {
  private static final Pattern FORM =
      Pattern.compile("(?:go)?(\\d{1,4})(?:\\.(\\d{1,4}))?(?:\\.(\\d{1,4}))?(?:(beta|rc)(\\d{1,4}))?");

  private static final Comparator<GoVersion> ORDER =
      Comparator.comparingInt(GoVersion::major)
          .thenComparingInt(GoVersion::minor)
          .thenComparingInt(GoVersion::kindRank)
          .thenComparingInt(GoVersion::pre)
          .thenComparingInt(GoVersion::patch);

  /** Parses {@code go1.22.5}, {@code 1.22.5}, {@code go1.21rc2}, {@code go1}; empty for anything else. */
  public static Optional<GoVersion> parse(String s) {
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int patch = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
    String kind = m.group(4) == null ? "" : m.group(4);
    if (!kind.isEmpty() && patch >= 0) {
      return Optional.empty();
    }
    int pre = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    return Optional.of(new GoVersion(Integer.parseInt(m.group(1)), minor, patch, kind, pre));
  }

  /** True for beta and rc releases. */
  public boolean prerelease() {
    return !kind.isEmpty();
  }

  private int kindRank() {
    return switch (kind) {
      case "beta" -> 0;
      case "rc" -> 1;
      default -> 2;
    };
  }

  @Override
  public int compareTo(GoVersion o) {
    return ORDER.compare(this, o);
  }

  /** The release name: {@code go1.22.5}, {@code go1.21rc2}, {@code go1.20}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("go").append(major);
    if (minor > 0 || patch >= 0 || !kind.isEmpty()) {
      b.append('.').append(minor);
    }
    if (patch >= 0) {
      b.append('.').append(patch);
    }
    if (!kind.isEmpty()) {
      b.append(kind).append(pre);
    }
    return b.toString();
  }
}
