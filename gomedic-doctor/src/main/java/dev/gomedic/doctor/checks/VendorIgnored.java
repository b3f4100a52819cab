package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Provenance;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.vendor.VendorList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * vendor/ exists but go does not build from it (golang/go#63441): a workspace, {@code -mod=mod} or
 * {@code -mod=readonly} in GOFLAGS, a go line below 1.14 without {@code -mod=vendor}, or (go 1.23 and later)
 * package directories missing from vendor/modules.txt.
 */
final class VendorIgnored extends BaseCheck {
  /** gover.ExplicitModulesTxtImportVersion. */
  static final String EXPLICIT_MODULES_TXT = "1.23";

  VendorIgnored() {
    super("VENDOR_IGNORED", Severity.WARNING, Group.MODULES, "vendor/ exists but the build does not use it");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws IOException {
    Optional<VendorUse> found = VendorUse.of(ctx);
    if (found.isEmpty()) {
      return List.of();
    }
    VendorUse u = found.get();
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("vendor", u.vendor().toString(), "directory"));
    ev.add(new Evidence("go", u.goLine(), "go.mod"));
    if (u.workspace().isPresent() && !u.used()) {
      ev.add(new Evidence("go.work", u.workspace().get().file().toString(), u.workspace().get().source()));
      return finding("go is in workspace mode (a go.work file): it builds every module of the workspace from the"
          + " module cache and ignores each module's own vendor/ (only Go 1.22 and later read a vendor/ next to"
          + " go.work, written by go work vendor).", ev,
          Fix.setVar("build this module on its own, from its vendor/", "GOWORK", "off"),
          Fix.everywhere("or, with Go 1.22 or later, vendor the whole workspace", "go work vendor"));
    }
    boolean old = GoVersion.compare(u.goLine(), "1.14") < 0;
    if (u.mod().equals("mod") || u.mod().equals("readonly")) {
      ev.add(u.goflags().evidence());
      return finding("GOFLAGS holds -mod=" + u.mod() + ", which tells go to build from the module cache: vendor/"
          + " is ignored, and edits to it change nothing (golang/go#63441).", ev,
          goflagsFix("stop overriding the vendor default", u.goflags(), old ? "-mod=vendor" : ""));
    }
    if (u.mod().isEmpty() && old) {
      return finding("go uses vendor/ by default only when go.mod says go 1.14 or later; this one says go "
          + u.goLine() + ", so without -mod=vendor every build reads the module cache and ignores vendor/.", ev,
          goflagsFix("build from vendor/ (modules at go 1.13 or older need -mod=vendor)", u.goflags(), "-mod=vendor"),
          Fix.everywhere("or raise the go line to 1.14, where vendor/ is the default", "go mod edit -go=1.14 && go mod vendor"));
    }
    if (u.used() && GoVersion.compare(u.goLine(), EXPLICIT_MODULES_TXT) >= 0) {
      List<String> stray = unlisted(u);
      if (!stray.isEmpty()) {
        stray.stream().limit(VendorModified.MAX_FILES).forEach(p -> ev.add(new Evidence("ignored", p, "go: ignoring"
            + " package " + p + " which exists in the vendor directory but is missing from vendor/modules.txt")));
        if (stray.size() > VendorModified.MAX_FILES) {
          ev.add(new Evidence("more", "… and " + (stray.size() - VendorModified.MAX_FILES) + " more", ""));
        }
        return finding("Since Go 1.23 (go line " + EXPLICIT_MODULES_TXT + " or later) a package directory in vendor/"
            + " that vendor/modules.txt does not list is ignored: its import fails as if it were missing.", ev,
            Fix.everywhere("let go mod vendor write vendor/ and modules.txt together", "go mod vendor"));
      }
    }
    return List.of();
  }

  private List<Finding> finding(String detail, List<Evidence> ev, Fix... fixes) {
    return List.of(finding(detail, ev, List.of(fixes)));
  }

  /** Sets GOFLAGS to its flags other than -mod plus {@code add}, where it was set (or unsets it if nothing is left). */
  static Fix goflagsFix(String summary, EnvValue goflags, String add) {
    List<String> rest = new ArrayList<>();
    for (String f : goflags.value().trim().split("\\s+")) {
      if (!f.isEmpty() && VendorUse.modFlag(f).isEmpty()) {
        rest.add(f);
      }
    }
    if (!add.isEmpty()) {
      rest.add(add);
    }
    String want = String.join(" ", rest);
    if (goflags.source() == Provenance.ENVIRONMENT) {
      return want.isEmpty() ? Fix.unsetVar(summary + ": unset GOFLAGS", "GOFLAGS")
          : Fix.setVar(summary + ": set GOFLAGS=" + want, "GOFLAGS", want);
    }
    return want.isEmpty() ? Fix.goEnvUnset(summary + ": drop GOFLAGS from the go env file", "GOFLAGS")
        : Fix.goEnvWrite(summary + ": save GOFLAGS=" + want, "GOFLAGS", want);
  }

  /** Package directories below vendor/ (holding a .go file) that vendor/modules.txt does not list, sorted. */
  private static List<String> unlisted(VendorUse u) throws IOException {
    Path txt = u.vendor().resolve("modules.txt");
    VendorList list = VendorList.parse(Files.isRegularFile(txt) ? Project.read(txt, Project.MAX_MOD_FILE)
        : new byte[0], "vendor/modules.txt");
    TreeSet<String> out = new TreeSet<>();
    for (String f : DirHash.dirFiles(u.vendor(), "")) {
      int slash = f.lastIndexOf('/');
      if (f.endsWith(".go") && slash > 0 && list.moduleOfPackage(f.substring(0, slash)).isEmpty()) {
        out.add(f.substring(0, slash));
      }
    }
    return List.copyOf(out);
  }
}
