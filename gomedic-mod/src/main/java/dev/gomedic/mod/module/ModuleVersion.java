package dev.gomedic.mod.module;

import java.util.Objects;

/**
 * A module path and version, like Go's {@code module.Version}. The version is "" for the main module
 * or when unknown; it may carry a file suffix such as "v1.2.3/go.mod" (as go.sum keys do).
 */
public record ModuleVersion(String path, String version) {
  public ModuleVersion {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(version, "version");
  }

  /** "path@version", or just "path" when the version is empty. */
  @Override
  public String toString() {
    return version.isEmpty() ? path : path + "@" + version;
  }
}
