package dev.gomedic.mod.modfile;

import dev.gomedic.mod.module.ModuleVersion;

/**
 * One excluded module version.
 *
 * @param path the module path
 * @param version the excluded version
 * @param syntax the line it came from
 */
public record Exclude(String path, String version, Line syntax) {
  /** The module and version as a {@link ModuleVersion}. */
  public ModuleVersion mod() {
    return new ModuleVersion(path, version);
  }
}
