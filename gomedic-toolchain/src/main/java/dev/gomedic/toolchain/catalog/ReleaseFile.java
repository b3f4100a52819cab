package dev.gomedic.toolchain.catalog;

/**
 * One downloadable file of a release, as go.dev/dl lists it.
 *
 * @param filename e.g. {@code go1.22.5.linux-amd64.tar.gz}
 * @param os GOOS, or "" for the source archive
 * @param arch the architecture as go.dev spells it ({@code armv6l} for GOARCH arm)
 * @param version the release, e.g. {@code go1.22.5}
 * @param sha256 the SHA-256 in lower-case hex, or "" when the catalog gives none (very old releases)
 * @param size the size in bytes, or -1 when the catalog gives none
 * @param kind "archive", "installer" or "source"
 */
public record ReleaseFile(String filename, String os, String arch, String version, String sha256, long size,
    String kind) {

  /** The GOARCH this file is for: go.dev's {@code armv6l} (and one old {@code arm6}) is GOARCH arm. */
  public String goarch() {
    return switch (arch) {
      case "armv6l", "arm6" -> "arm";
      default -> arch;
    };
  }

  public boolean hasSha256() {
    return !sha256.isEmpty();
  }

  public boolean isArchive() {
    return kind.equals("archive") && (filename.endsWith(".tar.gz") || filename.endsWith(".zip"));
  }
}
