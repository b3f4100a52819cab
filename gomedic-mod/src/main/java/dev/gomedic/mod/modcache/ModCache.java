package dev.gomedic.mod.modcache;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.semver.Semver;
import java.nio.file.Path;

/**
 * The layout of a module cache (GOMODCACHE): where the go command keeps a module version's zip, its
 * {@code .ziphash}, {@code .mod}, {@code .info}, {@code .partial} marker and extracted tree. See the package
 * documentation.
 *
 * @param root the module cache directory, absolute
 */
public record ModCache(Path root) {
  public ModCache {
    if (!root.isAbsolute()) {
      throw new IllegalArgumentException("GOMODCACHE entry is relative; must be absolute path: "
          + GoQuote.quote(root.toString()));
    }
  }

  /**
   * Go's modfetch.CachePath: {@code ROOT/cache/download/ESCAPED_PATH/@v/ESCAPED_VERSION.SUFFIX}.
   *
   * @throws ModCacheException {@code non-semver module version "x"}, {@code non-canonical module version
   *     "v1.0"} or the path's escaping error
   */
  public Path cachePath(ModuleVersion m, String suffix) throws ModCacheException {
    return downloadDir(m.path()).resolve(escapedVersion(m) + "." + suffix);
  }

  /** {@code ROOT/cache/download/ESCAPED_PATH/@v}, where a module's zips and .mod files are. */
  public Path downloadDir(String path) throws ModCacheException {
    return root.resolve("cache").resolve("download").resolve(escapedPath(path)).resolve("@v");
  }

  /** Go's modfetch.DownloadDir without its checks: {@code ROOT/ESCAPED_PATH@ESCAPED_VERSION}. */
  public Path extractedDir(ModuleVersion m) throws ModCacheException {
    return root.resolve(escapedPath(m.path()) + "@" + escapedVersion(m));
  }

  private static String escapedPath(String path) throws ModCacheException {
    try {
      return ModulePath.escapePath(path);
    } catch (RuntimeException e) {
      throw new ModCacheException(e.getMessage());
    }
  }

  private static String escapedVersion(ModuleVersion m) throws ModCacheException {
    String v = m.version();
    if (!Semver.isValid(v)) {
      throw new ModCacheException("non-semver module version " + GoQuote.quote(v));
    }
    if (!ModulePath.canonicalVersion(v).equals(v)) {
      throw new ModCacheException("non-canonical module version " + GoQuote.quote(v));
    }
    try {
      return ModulePath.escapeVersion(v);
    } catch (RuntimeException e) {
      throw new ModCacheException(e.getMessage());
    }
  }
}
