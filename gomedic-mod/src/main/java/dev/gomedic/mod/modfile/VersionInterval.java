package dev.gomedic.mod.modfile;

/**
 * A closed interval of versions; a single version has {@code low == high}.
 *
 * @param low the lowest version included
 * @param high the highest version included
 */
public record VersionInterval(String low, String high) {
  public static VersionInterval of(String version) {
    return new VersionInterval(version, version);
  }
}
