package dev.gomedic.mod.modcache;

import dev.gomedic.mod.module.ModuleVersion;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DeepVerifier} found for one module of the build list.
 *
 * @param module the module as the build list names it
 * @param replacement its replacement, if replaced (version "" for a directory)
 * @param status the verdict
 * @param check go mod verify's check of the module actually used (the replacement when it is a module)
 * @param diff the files of the extracted tree that differ from the zip, when both exist and a hash differs
 * @param findings what was found, in order
 */
public record DeepReport(
    ModuleVersion module,
    Optional<ModuleVersion> replacement,
    Status status,
    Optional<CacheCheck> check,
    Optional<ModuleDiff> diff,
    List<Finding> findings) {
  public DeepReport {
    Objects.requireNonNull(module, "module");
    findings = List.copyOf(findings);
  }

  /** The verdict on one module. */
  public enum Status {
    /** Every hash that exists matches (.ziphash, go.sum). */
    VERIFIED,
    /** Something in the cache does not match what it was checked against. */
    MODIFIED,
    /** Neither zip nor tree is in the cache. */
    NOT_DOWNLOADED,
    /** Replaced by a directory: there is no hash to check it against. */
    NOT_VERIFIABLE
  }

  /**
   * One finding.
   *
   * @param failure whether it makes the module {@link Status#MODIFIED}
   * @param message one line, without the module's name
   */
  public record Finding(boolean failure, String message) {}
}
