package dev.gomedic.toolchain.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One Go release.
 *
 * @param version the release name, e.g. {@code go1.22.5}
 * @param stable whether go.dev marks it stable
 * @param files its files, without duplicates
 */
public record Release(String version, boolean stable, List<ReleaseFile> files) {
  public Release {
    files = List.copyOf(files);
  }

  /** The parsed version; releases whose names do not parse sort first. */
  public Optional<GoVersion> goVersion() {
    return GoVersion.parse(version);
  }

  /** The archive (tar.gz or zip) for a GOOS/GOARCH pair. */
  public Optional<ReleaseFile> archive(String goos, String goarch) {
    return files.stream()
        .filter(f -> f.isArchive() && f.os().equals(goos) && f.goarch().equals(goarch))
        .findFirst();
  }
}
