package dev.gomedic.cli.mod;

import dev.gomedic.mod.modfile.ModText;
import dev.gomedic.mod.modfile.VersionInterval;

/** The go command's checks of {@code go mod edit} flag values, with its messages. */
final class FlagArgs {
  private FlagArgs() {}

  /** {@code path@version}: {path, version}. */
  static String[] pathVersion(String prefix, String arg) {
    int at = arg.indexOf('@');
    if (at < 0) {
      throw EditFlags.failed(prefix + "need path@version");
    }
    String path = arg.substring(0, at).strip();
    String version = arg.substring(at + 1).strip();
    checkImportPath(prefix + "invalid path: ", path);
    if (!EditFlags.allowedVersionArg(version)) {
      throw EditFlags.failed(prefix + "invalid version " + quote(version));
    }
    return new String[] {path, version};
  }

  /** A path without a version. */
  static String path(String prefix, String arg) {
    if (arg.contains("@")) {
      throw EditFlags.failed(prefix + "need just path, not path@version");
    }
    checkImportPath(prefix + "invalid path: ", arg);
    return arg;
  }

  /** {@code path[@version]}, or a directory when allowed: {path, version-or-empty}. */
  static String[] optionalVersion(String prefix, String adj, String arg, boolean allowDir) {
    if (allowDir && ModText.isDirectoryPath(arg)) {
      return new String[] {arg, ""};
    }
    String path = arg;
    String version = "";
    int at = arg.indexOf('@');
    if (at >= 0) {
      path = arg.substring(0, at).strip();
      version = arg.substring(at + 1).strip();
    }
    checkImportPath(prefix + "invalid " + adj + " path: ", path);
    if (at >= 0 && !EditFlags.allowedVersionArg(version)) {
      throw EditFlags.failed(prefix + "invalid " + adj + " version: " + quote(version));
    }
    return new String[] {path, version};
  }

  /** {@code old[@v]=new[@v]}: {oldPath, oldVersion, newPath, newVersion}. */
  static String[] replace(String prefix, String arg) {
    int eq = arg.indexOf('=');
    if (eq < 0) {
      throw EditFlags.failed(prefix + "need old[@v]=new[@w] (missing =)");
    }
    String old = arg.substring(0, eq).strip();
    String neu = arg.substring(eq + 1).strip();
    if (neu.startsWith(">")) {
      throw EditFlags.failed(prefix + "separator between old and new is =, not =>");
    }
    String[] o = optionalVersion(prefix, "old", old, false);
    String[] n = optionalVersion(prefix, "new", neu, true);
    if (n[0].equals(neu) && !ModText.isDirectoryPath(neu)) {
      throw EditFlags.failed(prefix + "unversioned new path must be local directory");
    }
    return new String[] {o[0], o[1], n[0], n[1]};
  }

  /** {@code v1.2.3} or {@code [v1.0.0,v1.2.0]}. */
  static VersionInterval interval(String prefix, String arg) {
    if (!arg.startsWith("[")) {
      if (!EditFlags.allowedVersionArg(arg)) {
        throw EditFlags.failed(prefix + "invalid version: " + quote(arg));
      }
      return VersionInterval.of(arg);
    }
    String bad = prefix + "invalid version interval: " + quote(arg);
    if (!arg.endsWith("]") || arg.length() < 2) {
      throw EditFlags.failed(bad);
    }
    String s = arg.substring(1, arg.length() - 1);
    int comma = s.indexOf(',');
    if (comma < 0) {
      throw EditFlags.failed(bad);
    }
    String low = s.substring(0, comma).strip();
    String high = s.substring(comma + 1).strip();
    if (!EditFlags.allowedVersionArg(low) || !EditFlags.allowedVersionArg(high)) {
      throw EditFlags.failed(bad);
    }
    return new VersionInterval(low, high);
  }

  static void checkImportPath(String prefix, String path) {
    String problem = ImportPathCheck.problem(path);
    if (problem != null) {
      throw EditFlags.failed(prefix + problem);
    }
  }

  static String quote(String s) {
    return ModText.quote(s);
  }

  /**
   * A use directory as {@code go work edit} writes it: a path that is already a directory path ({@code .},
   * {@code ./x}, {@code ../x}, rooted) as given, anything else as {@code ./} plus the cleaned path.
   */
  static String directory(String arg) {
    if (arg.equals(".") || ModText.isDirectoryPath(arg)) {
      return arg;
    }
    String clean = java.nio.file.Path.of(arg).normalize().toString().replace('\\', '/');
    return clean.isEmpty() ? "." : "./" + clean;
  }
}
