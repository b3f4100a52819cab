package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.vendor.VendorConsistency;
import dev.gomedic.mod.vendor.VendorConsistency.Rules;
import dev.gomedic.mod.vendor.VendorList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * vendor/modules.txt disagrees with go.mod, by the go command's own rules for a module whose go line is 1.14 or
 * later (the vendor directory is then used by default). Evidence lines use go's words.
 */
final class VendorInconsistent extends BaseCheck {
  VendorInconsistent() {
    super("VENDOR_INCONSISTENT", Severity.ERROR, Group.MODULES, "vendor/modules.txt does not match go.mod");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws java.io.IOException {
    Optional<ModFile> mf = Project.modFile(ctx);
    if (mf.isEmpty()) {
      return List.of();
    }
    Path root = Project.moduleRoot(ctx).orElseThrow();
    Path vendor = root.resolve("vendor");
    String flags = ctx.goEnv("GOFLAGS").value();
    String goLine = mf.get().go() == null ? "1.11" : mf.get().go().version();
    boolean vendorMode = flags.contains("-mod=vendor")
        || (Files.isDirectory(vendor) && GoVersion.compare(goLine, "1.14") >= 0 && !flags.contains("-mod="));
    if (!vendorMode || GoVersion.compare(goLine, "1.14") < 0) {
      return List.of();
    }
    Path txt = vendor.resolve("modules.txt");
    String text = Files.isRegularFile(txt) ? new String(Project.read(txt, Project.MAX_MOD_FILE), StandardCharsets.UTF_8) : "";
    List<String> problems = problems(mf.get(), VendorList.parse(text, "vendor/modules.txt"), rulesFor(ctx));
    if (problems.isEmpty()) {
      return List.of();
    }
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("vendor/modules.txt", txt.toString(), Files.isRegularFile(txt) ? "present" : "missing"));
    ev.add(new Evidence("go", goLine, "go.mod: vendor directory used by default since 1.14"));
    problems.stream().limit(30).forEach(p -> ev.add(new Evidence("inconsistent", p, "go's vendor consistency check")));
    return List.of(finding(
        "With a go line of 1.14 or later and a vendor directory, go builds from vendor/ and first checks that"
            + " vendor/modules.txt records exactly the requirements and replacements of go.mod. It does not:"
            + " go fails with \"inconsistent vendoring\" until vendor/ is regenerated.",
        ev,
        List.of(Fix.everywhere("regenerate vendor/ from go.mod (then commit it)", "go mod tidy && go mod vendor"),
            Fix.goEnvWrite("or stop using the vendor directory", "GOFLAGS", "-mod=mod"))));
  }

  /** The go command's problem lines for this go.mod and modules.txt, by the rules of the go binary in use. */
  static List<String> problems(ModFile mf, VendorList v, Rules rules) {
    return VendorConsistency.check(VendorConsistency.GoMod.of(mf), v, rules).stream()
        .map(VendorConsistency.Problem::toString).toList();
  }

  /** Go 1.19's rules up to go 1.20 (and when the version is unknown), the newest Go's from 1.21 on. */
  static Rules rulesFor(DoctorContext ctx) {
    return ctx.selectedGo().flatMap(GoInstall::version).map(v -> v.replaceFirst("^go", ""))
        .filter(v -> GoVersion.isValid(v) && GoVersion.compare(v, "1.21") >= 0)
        .map(v -> Rules.NEWEST).orElse(Rules.GO_1_19);
  }
}
