package dev.gomedic.cli;

/**
 * What Maven built, filled in at build time (see the pom's generate-version-source execution). Constants rather
 * than the jar manifest: reading the manifest opens the jar and reads its whole central directory, a cost every
 * {@code --version} paid.
 */
final class BuildVersion {
  private BuildVersion() {}

  /** The project version, e.g. 0.1.0-SNAPSHOT; empty when this file was not filtered by Maven. */
  static final String VERSION = filtered("${project.version}");

  /** The abbreviated commit the jar was built from, with "-dirty" for uncommitted changes; empty if unknown. */
  static final String COMMIT = filtered("${git.commit.id.abbrev}") + ("true".equals(filtered("${git.dirty}")) ? "-dirty" : "");

  /** When the jar was built, UTC, ISO 8601; empty if unknown. */
  static final String BUILT = filtered("${gomedic.build.time}");

  private static String filtered(String v) {
    return v.startsWith("$") ? "" : v;
  }
}
