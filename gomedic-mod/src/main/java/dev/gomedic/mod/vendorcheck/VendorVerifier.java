package dev.gomedic.mod.vendorcheck;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modcache.DeepReport;
import dev.gomedic.mod.modcache.DeepReport.Finding;
import dev.gomedic.mod.modcache.DeepReport.Status;
import dev.gomedic.mod.modcache.ModCache;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.sumfile.GoSum;
import dev.gomedic.mod.vendor.VendorConsistency;
import dev.gomedic.mod.vendor.VendorList;
import dev.gomedic.mod.vendorcheck.VendorReport.FileChange;
import dev.gomedic.mod.vendorcheck.VendorReport.Kind;
import dev.gomedic.mod.vendorcheck.VendorReport.ModuleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * Verifies a main module's vendor/ against the module zips in the cache, each zip first checked against
 * go.sum. See the package documentation.
 */
public final class VendorVerifier {
  private final ModCache cache;
  private final List<GoSum> sums;
  private final Executor executor;
  private final boolean diffs;

  /**
   * @param sums the main module's go.sum lines (the reference for every zip)
   * @param diffs whether to compute a unified diff for every file that differs
   */
  public VendorVerifier(ModCache cache, List<GoSum> sums, Executor executor, boolean diffs) {
    this.cache = cache;
    this.sums = List.copyOf(sums);
    this.executor = executor;
    this.diffs = diffs;
  }

  /**
   * Checks {@code moduleRoot/vendor} of the main module {@code goMod} whose vendor/modules.txt is {@code list}.
   *
   * @throws IOException when vendor/ cannot be read
   */
  public VendorReport verify(Path moduleRoot, ModFile goMod, VendorList list, VendorConsistency.Rules rules)
      throws IOException {
    List<VendorConsistency.Problem> inconsistent =
        VendorConsistency.check(VendorConsistency.GoMod.of(goMod), list, rules);
    boolean strip = goMod.go() != null && GoVersion.compare(goMod.go().version(), "1.17") >= 0;
    Path vendor = moduleRoot.resolve("vendor");
    Map<String, Path> actual = new TreeMap<>();
    if (Files.isDirectory(vendor)) {
      for (String name : DirHash.dirFiles(vendor, "")) {
        if (!name.equals("modules.txt")) {
          actual.put(name, vendor.resolve(name));
        }
      }
    }
    Map<ModuleVersion, List<String>> packages = new LinkedHashMap<>();
    for (VendorList.PackageLine p : list.packages()) {
      packages.computeIfAbsent(p.module(), k -> new ArrayList<>()).add(p.importPath());
    }
    List<ModuleVersion> modules = new ArrayList<>();
    for (VendorList.ModuleLine ml : list.moduleLines()) {
      if (!ml.module().version().isEmpty() && !modules.contains(ml.module())) {
        modules.add(ml.module());
      }
    }
    Map<ModuleVersion, Module> byModule = new LinkedHashMap<>();
    for (ModuleVersion m : modules) {
      byModule.put(m, new Module(m, replacement(goMod, m)));
    }
    for (Module m : byModule.values()) {
      m.load(moduleRoot, packages.getOrDefault(m.module, List.of()), strip);
    }
    Map<String, Module> expectedOwner = new TreeMap<>();
    byModule.values().forEach(m -> m.expected.keySet().forEach(f -> expectedOwner.put(f, m)));
    List<FileChange> unowned = new ArrayList<>();
    for (Map.Entry<String, Path> e : actual.entrySet()) {
      Module owner = expectedOwner.get(e.getKey());
      if (owner == null) {
        owner = longestPrefix(byModule, e.getKey());
      }
      if (owner == null) {
        unowned.add(change(Kind.ADDED, e.getKey(), null, Files.readAllBytes(e.getValue())));
      } else if (owner.source != null) {
        owner.compare(e.getKey(), e.getValue());
      }
    }
    List<ModuleReport> reports = new ArrayList<>();
    for (Module m : byModule.values()) {
      m.deleted(actual);
      if (packages.containsKey(m.module) || !m.changes.isEmpty()) {
        reports.add(m.report());
      }
    }
    return new VendorReport(inconsistent, reports, unowned);
  }

  private static Module longestPrefix(Map<ModuleVersion, Module> modules, String file) {
    Module best = null;
    for (Module m : modules.values()) {
      if (file.startsWith(m.module.path() + "/")
          && (best == null || m.module.path().length() > best.module.path().length())) {
        best = m;
      }
    }
    return best;
  }

  /** go.mod's replacement of {@code m}: an exact-version replace first, then one for all versions. */
  static Optional<ModuleVersion> replacement(ModFile goMod, ModuleVersion m) {
    Replace any = null;
    for (Replace r : goMod.replaces()) {
      if (r.oldPath().equals(m.path())) {
        if (m.version().equals(r.oldVersion())) {
          return Optional.of(r.newModule());
        }
        if (r.oldVersion() == null || r.oldVersion().isEmpty()) {
          any = r;
        }
      }
    }
    return Optional.ofNullable(any).map(Replace::newModule);
  }

  private FileChange change(Kind kind, String name, byte[] want, byte[] got) {
    String path = "vendor/" + name;
    return new FileChange(kind, path, diffs ? UnifiedDiff.of("a/" + path, want, "b/" + path, got) : "");
  }

  /** The state of one module while verifying. */
  private final class Module {
    final ModuleVersion module;
    final Optional<ModuleVersion> replacement;
    final List<Finding> findings = new ArrayList<>();
    final List<FileChange> changes = new ArrayList<>();
    Map<String, String> expected = Map.of();
    Status status = Status.VERIFIED;
    ModuleSource source;

    Module(ModuleVersion module, Optional<ModuleVersion> replacement) {
      this.module = module;
      this.replacement = replacement;
    }

    void load(Path moduleRoot, List<String> pkgs, boolean strip) throws IOException {
      Optional<ModuleSource> src = open(moduleRoot);
      if (src.isEmpty()) {
        return;
      }
      source = src.get();
      List<String> problems = new ArrayList<>();
      expected = VendorSelection.expected(source, module.path(), pkgs, strip, problems);
      problems.forEach(p -> findings.add(new Finding(false, p + " (go mod vendor would stop here)")));
    }

    private Optional<ModuleSource> open(Path moduleRoot) throws IOException {
      if (replacement.isPresent() && replacement.get().version().isEmpty()) {
        Path dir = moduleRoot.resolve(replacement.get().path()).normalize();
        if (!Files.isDirectory(dir)) {
          fail(Status.NOT_VERIFIABLE, "replaced by directory " + replacement.get().path() + ", which does not exist");
          return Optional.empty();
        }
        findings.add(new Finding(false, "replaced by directory " + replacement.get().path()
            + ": compared with that directory, which no hash covers"));
        return Optional.of(ModuleSource.dir(dir));
      }
      ModuleVersion t = replacement.orElse(module);
      if (replacement.isPresent()) {
        findings.add(new Finding(false, "replaced by " + t.path() + " " + t.version() + ": compared with its zip"));
      }
      Path zip;
      try {
        zip = cache.cachePath(t, "zip");
      } catch (IOException e) {
        fail(Status.NOT_VERIFIABLE, e.getMessage());
        return Optional.empty();
      }
      if (!Files.isRegularFile(zip)) {
        fail(Status.NOT_DOWNLOADED, "not in the module cache; 'go mod download " + t.path() + "@" + t.version()
            + "' fetches it");
        return Optional.empty();
      }
      List<String> want = GoSum.h1Hashes(sums, t);
      String h;
      try {
        h = DirHash.hashZip(zip, executor);
      } catch (IOException e) {
        fail(Status.NOT_VERIFIABLE, "zip " + zip + ": " + e.getMessage());
        return Optional.empty();
      }
      if (want.isEmpty()) {
        fail(Status.NOT_VERIFIABLE, "zip " + h + ": no go.sum line to check it against; 'go mod download "
            + t.path() + "@" + t.version() + "' adds one");
        return Optional.empty();
      }
      if (!want.contains(h)) {
        fail(Status.NOT_VERIFIABLE, "zip (" + zip + ") " + h + " does not match go.sum (" + String.join(", ", want)
            + "), so it cannot be the reference; 'go clean -modcache' and 'go mod download " + t.path() + "@"
            + t.version() + "' fetch it again");
        return Optional.empty();
      }
      return Optional.of(ModuleSource.zip(zip, t));
    }

    void compare(String name, Path file) throws IOException {
      byte[] got = Files.readAllBytes(file);
      String from = expected.get(name);
      if (from == null) {
        changes.add(change(Kind.ADDED, name, null, got));
        return;
      }
      byte[] want = source.read(from);
      if (!Arrays.equals(want, got)) {
        changes.add(change(Kind.CHANGED, name, want, got));
      }
    }

    void deleted(Map<String, Path> actual) throws IOException {
      try {
        for (Map.Entry<String, String> e : expected.entrySet()) {
          if (!actual.containsKey(e.getKey())) {
            changes.add(change(Kind.DELETED, e.getKey(), source.read(e.getValue()), null));
          }
        }
      } finally {
        if (source != null) {
          source.close();
        }
      }
      changes.sort(java.util.Comparator.comparing(FileChange::path));
    }

    ModuleReport report() {
      if (status == Status.VERIFIED && !changes.isEmpty()) {
        status = Status.MODIFIED;
      }
      return new ModuleReport(module, replacement, status, expected.size(), changes, findings);
    }

    private void fail(Status s, String message) {
      status = s;
      findings.add(new Finding(true, message));
    }
  }
}
