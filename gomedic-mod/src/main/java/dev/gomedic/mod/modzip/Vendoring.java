package dev.gomedic.mod.modzip;

import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modfile.GoStmt;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Which files count as vendored and are left out, by the rule of the module's own go line. From go 1.24 on,
 * {@code vendor/modules.txt} is left out (golang.org/issue/63395) and a nested {@code .../vendor/} directory
 * is read correctly: only files in a subdirectory below it are vendored. Before 1.24, and without a go line,
 * the old reading applies for the sake of existing checksums: the index after {@code /vendor/} is taken from
 * the start of the path (golang.org/issue/37397), so {@code pkg/vendor/vendor.go} is left out. Files right
 * in the top-level {@code vendor/} are kept by both rules.
 */
final class Vendoring {
  private Vendoring() {}

  /** Whether the go line's language version, "" when there is none, is at least 1.24. */
  static boolean newRule(String goVersion) {
    return GoVersion.isValid(goVersion) && GoVersion.compare(GoVersion.lang(goVersion), "1.24") >= 0;
  }

  /** Go's isVendoredPackage for a slash path. */
  static boolean isVendored(String name, boolean newRule) {
    if (newRule && name.equals("vendor/modules.txt")) {
      return true;
    }
    int i;
    if (name.startsWith("vendor/")) {
      i = "vendor/".length();
    } else {
      int j = name.indexOf("/vendor/");
      if (j < 0) {
        return false;
      }
      i = newRule ? j + "/vendor/".length() : "/vendor/".length();
    }
    return name.indexOf('/', i) >= 0;
  }

  /**
   * The go line of a root go.mod read leniently, or "" when it has none or does not parse. Reads at most
   * {@link ModZip#MAX_GO_MOD} + 1 bytes: a larger go.mod makes the zip invalid anyway.
   */
  static String goVersion(InputStream in) throws IOException {
    byte[] data;
    try (in) {
      data = in.readNBytes(ModZip.MAX_GO_MOD + 1);
    }
    try {
      GoStmt go = ModFile.parseLax("go.mod", data, null).go();
      return go == null ? "" : go.version();
    } catch (ModFileException | RuntimeException e) {
      return "";
    }
  }
}
