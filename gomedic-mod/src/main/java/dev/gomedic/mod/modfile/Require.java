package dev.gomedic.mod.modfile;

/**
 * One requirement.
 *
 * @param path the module path
 * @param version the required version
 * @param indirect whether the line carries an {@code // indirect} comment
 * @param syntax the line it came from or was added as
 */
public record Require(String path, String version, boolean indirect, Line syntax) {
  /** A requirement for {@link ModFile#setRequire}, with no syntax yet. */
  public static Require of(String path, String version, boolean indirect) {
    return new Require(path, version, indirect, null);
  }
}
