package dev.gomedic.mod.modcache;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.sumfile.GoSum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What go mod verify leaves out: the cached zip, .ziphash and .mod against go.sum (and go.work.sum),
 * replacements, zips with directory entries, and which files of a modified tree differ. See the package
 * documentation.
 */
public final class DeepVerifier {
  private final ModCache cache;
  private final List<GoSum> sums;
  private final Executor executor;

  /** A verifier of {@code cache} against the lines of {@code sums} (go.sum first, then go.work.sum). */
  public DeepVerifier(ModCache cache, List<GoSum> sums, Executor executor) {
    this.cache = cache;
    this.sums = List.copyOf(sums);
    this.executor = executor;
  }

  /** Checks {@code m}, or its {@code replacement} (version "" for a directory) when it is replaced. */
  public DeepReport verify(ModuleVersion m, Optional<ModuleVersion> replacement) {
    List<DeepReport.Finding> findings = new ArrayList<>();
    if (replacement.isPresent() && replacement.get().version().isEmpty()) {
      findings.add(new DeepReport.Finding(false, "replaced by directory " + replacement.get().path()
          + ": a directory replacement is never hashed, by go or here; not verifiable"));
      return new DeepReport(m, replacement, DeepReport.Status.NOT_VERIFIABLE, Optional.empty(), Optional.empty(),
          findings);
    }
    ModuleVersion t = replacement.orElse(m);
    if (replacement.isPresent()) {
      findings.add(new DeepReport.Finding(false, "replaced by " + t.path() + " " + t.version()
          + ": checking the replacement (go mod verify checks only " + m.path() + " " + m.version() + ")"));
    }
    CacheCheck c = CacheVerifier.verify(cache, t, executor);
    if (c.notDownloaded()) {
      findings.add(new DeepReport.Finding(false, "not in the module cache; 'go mod download " + t
          + "' fetches it"));
      checkGoMod(t, findings);
      return new DeepReport(m, replacement, status(findings, DeepReport.Status.NOT_DOWNLOADED), Optional.of(c),
          Optional.empty(), findings);
    }
    for (String e : c.errors()) {
      if (e.contains(": missing ziphash: ")) {
        findings.add(new DeepReport.Finding(true, e.substring(e.indexOf(": missing ziphash: ") + 2)));
      }
    }
    List<String> want = GoSum.h1Hashes(sums, t);
    c.ziphash().ifPresent(h -> compareWithSum(".ziphash", h, want, findings));
    c.zipHash().ifPresent(h -> {
      if (!c.zipIntact()) {
        findings.add(new DeepReport.Finding(true, "zip has been modified (" + c.zip() + "): h1 is " + h
            + ", .ziphash says " + c.ziphash().orElse("nothing")));
      }
      compareWithSum("zip", h, want, findings);
    });
    Optional<ModuleDiff> diff = Optional.empty();
    if (c.dirHash().isPresent()) {
      boolean dirMatches = c.dirIntact() || (c.ziphash().isEmpty() && want.contains(c.dirHash().get()));
      if (Files.exists(c.zip()) && (!dirMatches || !c.zipIntact())) {
        diff = diff(t, c, findings);
      }
      judgeDir(c, dirMatches, diff, findings);
      listDiff(diff, findings);
    }
    checkGoMod(t, findings);
    return new DeepReport(m, replacement, status(findings, DeepReport.Status.VERIFIED), Optional.of(c), diff,
        findings);
  }

  private Optional<ModuleDiff> diff(ModuleVersion t, CacheCheck c, List<DeepReport.Finding> findings) {
    try {
      return Optional.of(ModuleDiff.compare(t, c.zip(), c.dir(), executor));
    } catch (IOException e) {
      findings.add(new DeepReport.Finding(true, "comparing the tree with the zip: " + GoErrors.open(e)));
      return Optional.empty();
    }
  }

  private static void judgeDir(CacheCheck c, boolean dirMatches, Optional<ModuleDiff> diff,
      List<DeepReport.Finding> findings) {
    if (dirMatches) {
      return;
    }
    if (diff.isPresent() && diff.get().sameFiles() && c.zipIntact() && !diff.get().zipDirectories().isEmpty()) {
      findings.add(new DeepReport.Finding(false, "the zip has directory entries (" + String.join(", ",
          diff.get().zipDirectories()) + "), which count in its h1 but never in the extracted tree's"
          + " (golang/go#53448): go mod verify reports 'dir has been modified', but every file is the zip's"));
      return;
    }
    findings.add(new DeepReport.Finding(true, "dir has been modified (" + c.dir() + "): h1 is "
        + c.dirHash().get() + ", " + (c.ziphash().isPresent() ? ".ziphash says " + c.ziphash().get()
        : "and there is no .ziphash")));
    if (diff.isEmpty() && !Files.exists(c.zip())) {
      findings.add(new DeepReport.Finding(true, "no zip in the cache to say which files differ"));
    }
  }

  /** The files that differ, from the zip to the tree, whichever of the two was modified. */
  private static void listDiff(Optional<ModuleDiff> diff, List<DeepReport.Finding> findings) {
    if (diff.isEmpty()) {
      return;
    }
    ModuleDiff d = diff.get();
    d.changed().forEach(f -> findings.add(new DeepReport.Finding(true, "changed: " + f)));
    d.added().forEach(f -> findings.add(new DeepReport.Finding(true, "added: " + f)));
    d.deleted().forEach(f -> findings.add(new DeepReport.Finding(true, "deleted: " + f)));
  }

  private void checkGoMod(ModuleVersion t, List<DeepReport.Finding> findings) {
    Path mod;
    try {
      mod = cache.cachePath(t, "mod");
    } catch (ModCacheException e) {
      return;
    }
    if (!Files.isRegularFile(mod)) {
      return;
    }
    try {
      String h = DirHash.hashGoMod(Files.readAllBytes(mod));
      compareWithSum("go.mod (" + mod + ")", h, GoSum.h1Hashes(sums, new ModuleVersion(t.path(), t.version() + "/go.mod")),
          findings);
    } catch (IOException e) {
      findings.add(new DeepReport.Finding(true, "go.mod: " + GoErrors.open(e)));
    }
  }

  private void compareWithSum(String what, String h, List<String> want, List<DeepReport.Finding> findings) {
    if (want.isEmpty()) {
      findings.add(new DeepReport.Finding(false, what + " " + h + ": no go.sum line to check it against"));
    } else if (!want.contains(h)) {
      findings.add(new DeepReport.Finding(true, what + " " + h + " does not match go.sum (" + String.join(", ", want)
          + ")"));
    }
  }

  private static DeepReport.Status status(List<DeepReport.Finding> findings, DeepReport.Status otherwise) {
    for (DeepReport.Finding f : findings) {
      if (f.failure()) {
        return DeepReport.Status.MODIFIED;
      }
    }
    return otherwise;
  }
}
