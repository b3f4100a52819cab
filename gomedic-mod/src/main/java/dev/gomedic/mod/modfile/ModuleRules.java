package dev.gomedic.mod.modfile;

import dev.gomedic.mod.module.InvalidVersionException;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.PathSplit;
import dev.gomedic.mod.semver.Semver;

/**
 * The few semantic-version and module-path rules the go.mod parser needs, taken from
 * {@link dev.gomedic.mod.semver.Semver} and {@link dev.gomedic.mod.module.ModulePath}, in the shapes the parser
 * uses (null or "" for "no", Go's texts for problems).
 */
final class ModuleRules {
  private ModuleRules() {}

  /** semver.Major: "v2" for "v2.1.0"; "" when invalid. */
  static String major(String v) {
    return Semver.major(v);
  }

  /** semver.Compare; an invalid version sorts before every valid one. */
  static int compare(String v, String w) {
    return Semver.compare(v, w);
  }

  /** module.CanonicalVersion: canonical, keeping a "+incompatible" build suffix; "" when invalid. */
  static String canonicalVersion(String v) {
    return ModulePath.canonicalVersion(v);
  }

  /** module.SplitPathVersion: {prefix, pathMajor}, or null when the path's major suffix is malformed. */
  static String[] splitPathVersion(String path) {
    PathSplit s = ModulePath.splitPathVersion(path);
    return s.ok() ? new String[] {s.prefix(), s.pathMajor()} : null;
  }

  /** module.CheckPathMajor: null when {@code v} suits {@code pathMajor}, else Go's error text. */
  static String checkPathMajor(String v, String pathMajor) {
    try {
      ModulePath.checkPathMajor(v, pathMajor);
      return null;
    } catch (InvalidVersionException e) {
      return e.getMessage();
    }
  }

  /** module.PathMajorPrefix: "v2" for "/v2" and ".v2-unstable". */
  static String pathMajorPrefix(String pathMajor) {
    return ModulePath.pathMajorPrefix(pathMajor);
  }

  /** The text of module.InvalidVersionError. */
  static String invalidVersion(String v, String why) {
    return new InvalidVersionException(v, why).getMessage();
  }
}
