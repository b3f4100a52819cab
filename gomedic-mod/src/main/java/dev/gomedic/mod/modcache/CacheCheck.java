package dev.gomedic.mod.modcache;

import dev.gomedic.mod.module.ModuleVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code go mod verify} finds for one module version in the cache, with the hashes it compared.
 *
 * @param module the module version
 * @param zip where its zip is (or would be)
 * @param dir where its extracted tree is (or would be)
 * @param ziphash the trimmed content of the {@code .ziphash} file, if it could be read
 * @param zipHash the h1 of the zip, if it exists and could be hashed
 * @param dirHash the h1 of the extracted tree, if it exists and could be hashed
 * @param errors go's messages for this module, {@code PATH VERSION: ...}, in go's order; empty when verified
 *     or when nothing is downloaded
 */
public record CacheCheck(
    ModuleVersion module,
    Path zip,
    Path dir,
    Optional<String> ziphash,
    Optional<String> zipHash,
    Optional<String> dirHash,
    List<String> errors) {
  public CacheCheck {
    Objects.requireNonNull(module, "module");
    errors = List.copyOf(errors);
  }

  /** Whether neither the zip nor the extracted tree is in the cache (go then has nothing to verify). */
  public boolean notDownloaded() {
    return ziphash.isEmpty() && errors.isEmpty();
  }

  /** Whether the zip is in the cache and hashes as its .ziphash says. */
  public boolean zipIntact() {
    return zipHash.isPresent() && zipHash.equals(ziphash);
  }

  /** Whether the extracted tree is in the cache and hashes as the .ziphash says. */
  public boolean dirIntact() {
    return dirHash.isPresent() && dirHash.equals(ziphash);
  }
}
