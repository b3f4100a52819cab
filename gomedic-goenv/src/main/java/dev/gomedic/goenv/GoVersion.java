package dev.gomedic.goenv;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go toolchain version as {@code runtime.Version()} spells it: {@code go1.19.8}, {@code go1.21rc2},
 * {@code go1.22.0}. Only the minor number matters for {@code go env}'s rules. A development build
 * ({@code devel ...}) counts as newer than every release.
 *
 * @param raw the text, e.g. {@code go1.19.8}
 * @param minor the minor version (19 for go1.19.8); {@link Integer#MAX_VALUE} for development builds
 */
public record GoVersion(String raw, int minor) {
  private static final Pattern RELEASE = Pattern.compile("go1\\.(\\d{1,4})(?:[.a-z].*)?");

  /** Parses {@code raw}; empty when it is not a Go 1 version. */
  public static Optional<GoVersion> parse(String raw) {
    if (raw.startsWith("devel")) {
      return Optional.of(new GoVersion(raw, Integer.MAX_VALUE));
    }
    Matcher m = RELEASE.matcher(raw);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new GoVersion(raw, Integer.parseInt(m.group(1))));
  }

  /** Whether this is Go 1.{@code minor} or later. */
  public boolean atLeast(int minor) {
    return this.minor >= minor;
  }
}
