package dev.gomedic.mod.vendorcheck;

import dev.gomedic.mod.modcache.DeepReport;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.vendor.VendorConsistency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link VendorVerifier} found: vendor/modules.txt against go.mod, then each vendored module's files
 * against the files {@code go mod vendor} would copy from its zip.
 *
 * @param inconsistencies go's vendor consistency problems (empty when modules.txt matches go.mod)
 * @param modules one report a module of modules.txt that provides packages (or holds stray files), in file order
 * @param unowned files below vendor/ that belong to no module of modules.txt
 */
public record VendorReport(List<VendorConsistency.Problem> inconsistencies, List<ModuleReport> modules,
    List<FileChange> unowned) {
  public VendorReport {
    inconsistencies = List.copyOf(inconsistencies);
    modules = List.copyOf(modules);
    unowned = List.copyOf(unowned);
  }

  /** Whether everything was verified: consistent, every module verified, no stray file. */
  public boolean ok() {
    return inconsistencies.isEmpty() && unowned.isEmpty()
        && modules.stream().allMatch(m -> m.status() == DeepReport.Status.VERIFIED);
  }

  /** Every file that differs, modules first, then the unowned ones. */
  public List<FileChange> changes() {
    List<FileChange> all = new java.util.ArrayList<>();
    modules.forEach(m -> all.addAll(m.changes()));
    all.addAll(unowned);
    return all;
  }

  /**
   * One vendored module.
   *
   * @param module the module as modules.txt names it
   * @param replacement its replacement from go.mod (version "" for a directory), if replaced
   * @param status VERIFIED (every file is its module's), MODIFIED (a file differs), NOT_DOWNLOADED (no zip in the
   *     cache), NOT_VERIFIABLE (the zip does not match go.sum or has no go.sum line, or the replacement
   *     directory is missing)
   * @param files how many files go mod vendor would copy from it
   * @param changes the files that differ
   * @param findings notes and failures, one line each, without the module's name
   */
  public record ModuleReport(ModuleVersion module, Optional<ModuleVersion> replacement, DeepReport.Status status,
      int files, List<FileChange> changes, List<DeepReport.Finding> findings) {
    public ModuleReport {
      Objects.requireNonNull(module, "module");
      changes = List.copyOf(changes);
      findings = List.copyOf(findings);
    }
  }

  /**
   * One file that differs.
   *
   * @param kind how
   * @param path relative to the main module root, {@code vendor/example.com/a/a.go}
   * @param diff its unified diff (module's copy as {@code a/PATH}, vendor/'s as {@code b/PATH}) when asked for,
   *     else ""
   */
  public record FileChange(Kind kind, String path, String diff) {}

  /** How a vendored file differs from its module. */
  public enum Kind {
    /** in vendor/, but go mod vendor would not put it there */
    ADDED,
    /** its bytes differ from the module's */
    CHANGED,
    /** go mod vendor would copy it, but vendor/ lacks it */
    DELETED;

    /** {@code added}, {@code changed}, {@code deleted}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
