package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.modcache.DeepReport;
import dev.gomedic.mod.modcache.ModCache;
import dev.gomedic.mod.sumfile.GoSum;
import dev.gomedic.mod.vendor.VendorList;
import dev.gomedic.mod.vendorcheck.VendorReport;
import dev.gomedic.mod.vendorcheck.VendorReport.FileChange;
import dev.gomedic.mod.vendorcheck.VendorVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files in vendor/ differ from the modules they were copied from (dev.gomedic.mod.vendorcheck: what go mod
 * vendor would copy from each zip in the module cache, the zip checked against go.sum). go never notices.
 */
final class VendorModified extends BaseCheck {
  static final int MAX_FILES = 10;

  VendorModified() {
    super("VENDOR_MODIFIED", Severity.ERROR, Group.MODULES, "vendored files differ from their modules");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws IOException {
    java.util.Optional<VendorUse> use = VendorUse.of(ctx);
    Path txt = use.map(u -> u.vendor().resolve("modules.txt")).orElse(null);
    String cacheDir = ctx.goEnv("GOMODCACHE").value();
    if (use.isEmpty() || !Files.isRegularFile(txt) || cacheDir.isEmpty() || !ctx.path(cacheDir).isAbsolute()) {
      return List.of();
    }
    Path root = use.get().root();
    List<GoSum> sums = new ArrayList<>();
    Path goSum = root.resolve("go.sum");
    if (Files.isRegularFile(goSum)) {
      sums.add(GoSum.read(Project.read(goSum, Project.MAX_MOD_FILE), goSum.toString()));
    }
    VendorReport r = new VendorVerifier(new ModCache(ctx.path(cacheDir)), sums, Runnable::run, false).verify(root,
        use.get().modFile(), VendorList.parse(Project.read(txt, Project.MAX_MOD_FILE), "vendor/modules.txt"),
        VendorInconsistent.rulesFor(ctx));
    List<Evidence> ev = new ArrayList<>();
    int files = 0;
    long missing = r.modules().stream().filter(m -> m.status() == DeepReport.Status.NOT_DOWNLOADED).count();
    for (VendorReport.ModuleReport m : r.modules()) {
      for (FileChange c : m.changes()) {
        if (files++ < MAX_FILES) {
          ev.add(new Evidence(c.kind().label(), c.path(), m.module().path() + " " + m.module().version()));
        }
      }
    }
    for (FileChange c : r.unowned()) {
      if (files++ < MAX_FILES) {
        ev.add(new Evidence(c.kind().label(), c.path(), "no module in vendor/modules.txt"));
      }
    }
    if (files == 0) {
      return List.of();
    }
    if (files > MAX_FILES) {
      ev.add(new Evidence("more", "… and " + (files - MAX_FILES) + " more", ""));
    }
    if (missing > 0) {
      ev.add(new Evidence("not checked", missing + (missing == 1 ? " module" : " modules") + " not in the module cache",
          cacheDir));
    }
    boolean used = use.get().used();
    return List.of(new Finding(id(), used ? Severity.ERROR : Severity.WARNING, group(), title(),
        "These files in vendor/ are not what go mod vendor copies from their modules (each compared with the"
            + " module's zip in the module cache, the zip checked against go.sum). go never checks vendored"
            + " files: " + (used ? "this build compiles the edited copies." : "this build ignores vendor/ today,"
            + " but a build that uses it compiles the edited copies."),
        ev,
        List.of(missing == 0
            ? Fix.everywhere("copy the modules into vendor/ again (keep real changes in a fork and a replace)",
                "go mod vendor")
            : Fix.everywhere("download the missing modules, then copy them into vendor/ again",
                "go mod download && go mod vendor"))));
  }
}
