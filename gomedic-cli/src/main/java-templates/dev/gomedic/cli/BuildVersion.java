package dev.gomedic.cli;

/**
 * The version Maven built, filled in at build time (see the pom's generate-version-source execution). A constant
 * rather than the jar manifest's Implementation-Version: reading the manifest opens the jar and reads its whole
 * central directory, a cost every {@code --version} paid.
 */
final class BuildVersion {
  private BuildVersion() {}

  /** The project version, e.g. 0.1.0-SNAPSHOT; empty when this file was not filtered by Maven. */
  static final String VERSION = "${project.version}".startsWith("$") ? "" : "${project.version}";
}
