package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.modfile.Require;
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
        || (Files.isDirectory(vendor) && GoVersions.compare(goLine, "1.14") >= 0 && !flags.contains("-mod="));
    if (!vendorMode || GoVersions.compare(goLine, "1.14") < 0) {
      return List.of();
    }
    Path txt = vendor.resolve("modules.txt");
    String text = Files.isRegularFile(txt) ? new String(Project.read(txt, Project.MAX_MOD_FILE), StandardCharsets.UTF_8) : "";
    List<String> problems = problems(mf.get(), VendorList.parse(text));
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

  static List<String> problems(ModFile mf, VendorList v) {
    List<String> out = new ArrayList<>();
    List<VendorList.Mod> required = new ArrayList<>();
    for (Require r : mf.requires()) {
      VendorList.Mod m = new VendorList.Mod(r.path(), r.version());
      required.add(m);
      if (!v.explicit.getOrDefault(m, false)) {
        out.add(m.describe() + ": is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
      }
    }
    for (Replace r : mf.replaces()) {
      VendorList.Mod old = new VendorList.Mod(r.oldPath(), nz(r.oldVersion()));
      VendorList.Mod neu = new VendorList.Mod(r.newPath(), nz(r.newVersion()));
      VendorList.Mod vr = v.replacement.get(old);
      if (vr == null) {
        out.add(old.describe() + ": is replaced in go.mod, but not marked as replaced in vendor/modules.txt");
      } else if (!vr.equals(neu)) {
        out.add(old.describe() + ": is replaced by " + neu.describe() + " in go.mod, but marked as replaced by "
            + vr.describe() + " in vendor/modules.txt");
      }
    }
    for (VendorList.Mod m : v.explicit.keySet()) {
      if (v.withPackages.contains(m) && !required.contains(m)) {
        out.add(m.describe() + ": is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
      }
    }
    for (VendorList.Mod m : v.replaced) {
      Optional<VendorList.Mod> r = replacementOf(mf, m);
      if (r.isEmpty()) {
        out.add(m.describe() + ": is marked as replaced in vendor/modules.txt, but not replaced in go.mod");
      } else if (!r.get().equals(v.replacement.get(m))) {
        out.add(m.describe() + ": is marked as replaced by " + v.replacement.get(m).describe()
            + " in vendor/modules.txt, but replaced by " + r.get().describe() + " in go.mod");
      }
    }
    return out;
  }

  private static Optional<VendorList.Mod> replacementOf(ModFile mf, VendorList.Mod m) {
    VendorList.Mod wildcard = null;
    for (Replace r : mf.replaces()) {
      if (r.oldPath().equals(m.path())) {
        VendorList.Mod neu = new VendorList.Mod(r.newPath(), nz(r.newVersion()));
        if (nz(r.oldVersion()).equals(m.version())) {
          return Optional.of(neu);
        }
        if (nz(r.oldVersion()).isEmpty()) {
          wildcard = neu;
        }
      }
    }
    return Optional.ofNullable(wildcard);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
