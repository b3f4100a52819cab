package dev.gomedic.cli;

import dev.gomedic.binfmt.Platform;

/**
 * What {@code gomedic --version} prints, like {@code go version}: gomedic's version, the commit and time it was
 * built from, then the Java runtime and the platform in Go's terms.
 *
 * <pre>
 * gomedic 0.1.0-SNAPSHOT (commit 9c3f347, built 2026-12-07T03:01:12Z)
 * java 25.0.1 (Eclipse Adoptium) on linux/amd64
 * </pre>
 */
final class VersionInfo {
  private VersionInfo() {}

  static String[] lines() {
    String build = "";
    if (!BuildVersion.COMMIT.isEmpty()) {
      build = "commit " + BuildVersion.COMMIT;
    }
    if (!BuildVersion.BUILT.isEmpty()) {
      build += (build.isEmpty() ? "" : ", ") + "built " + BuildVersion.BUILT;
    }
    String version = BuildVersion.VERSION.isEmpty() ? "(development build)" : BuildVersion.VERSION;
    String vendor = System.getProperty("java.vendor.version", System.getProperty("java.vendor", ""));
    return new String[] {
      "gomedic " + version + (build.isEmpty() ? "" : " (" + build + ")"),
      "java " + Runtime.version() + (vendor.isEmpty() ? "" : " (" + vendor + ")") + " on "
          + Platform.fromJava(System.getProperty("os.name", ""), System.getProperty("os.arch", ""), false)
    };
  }
}
