package dev.gomedic.mod.gover;

import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.semver.Semver;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Versions of any module in a requirement graph, where the virtual modules "go" and "toolchain"
 * (standing for the go and toolchain lines of go.mod) use Go versions and every other module uses
 * semver, as cmd/go/internal/gover's Mod* functions do.
 */
public final class ModVersions {
  private ModVersions() {}

  /** go's ModSort order: path, then version by the path's rules, then any "/go.mod" suffix. */
  public static final Comparator<ModuleVersion> ORDER = ModVersions::compareModules;

  /** Whether the path is one of the virtual modules "go" and "toolchain" (not golang.org/toolchain). */
  public static boolean isToolchain(String path) {
    return path.equals("go") || path.equals("toolchain");
  }

  /** Compares two versions of the module {@code path}. */
  public static int compare(String path, String x, String y) {
    if (path.equals("go")) {
      return GoVersion.compare(x, y);
    }
    if (path.equals("toolchain")) {
      return GoVersion.compare(toolchainVersion(x), toolchainVersion(y));
    }
    return Semver.compare(x, y);
  }

  /** Whether {@code v} is valid syntax for a version of {@code path}. */
  public static boolean isValid(String path, String v) {
    if (path.equals("go")) {
      return GoVersion.isValid(v);
    }
    if (path.equals("toolchain")) {
      return GoVersion.isValid(toolchainVersion(v));
    }
    return Semver.isValid(v);
  }

  /** Whether {@code v} (assumed valid) is a prefix query such as "v1.2" or, for go, "1.21". */
  public static boolean isPrefix(String path, String v) {
    if (path.equals("go")) {
      return GoVersion.isLang(v);
    }
    if (path.equals("toolchain")) {
      return GoVersion.isLang(GoVersion.fromToolchain(v));
    }
    int dots = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '-' || c == '+' || (c == '.' && ++dots >= 2)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code v} (assumed valid) is a prerelease. */
  public static boolean isPrerelease(String path, String v) {
    return isToolchain(path) ? GoVersion.isPrerelease(v) : !Semver.prerelease(v).isEmpty();
  }

  /** The "major.minor" of {@code v}, for "@patch" queries. */
  public static String majorMinor(String path, String v) {
    if (path.equals("go")) {
      return GoVersion.lang(v);
    }
    if (path.equals("toolchain")) {
      return "go" + GoVersion.lang(GoVersion.fromToolchain(v));
    }
    return Semver.majorMinor(v);
  }

  /** Sorts in place in {@link #ORDER}. */
  public static void sort(List<ModuleVersion> list) {
    list.sort(ORDER);
  }

  /** A version as is when valid ("1.21.0"), else from a toolchain name ("go1.21.0"). */
  private static String toolchainVersion(String name) {
    return GoVersion.isValid(name) ? name : GoVersion.fromToolchain(name);
  }

  private static int compareModules(ModuleVersion a, ModuleVersion b) {
    int r = compareBytes(a.path(), b.path());
    if (r != 0) {
      return r;
    }
    String vi = a.version();
    String vj = b.version();
    String fi = "";
    String fj = "";
    int k = vi.indexOf('/');
    if (k >= 0) {
      fi = vi.substring(k);
      vi = vi.substring(0, k);
    }
    k = vj.indexOf('/');
    if (k >= 0) {
      fj = vj.substring(k);
      vj = vj.substring(0, k);
    }
    if (!vi.equals(vj)) {
      return compare(a.path(), vi, vj);
    }
    return compareBytes(fi, fj);
  }

  private static int compareBytes(String a, String b) {
    return Integer.signum(Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
  }
}
