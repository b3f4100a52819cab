package dev.gomedic.doctor.checks;

import dev.gomedic.discovery.Toolchain;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MIXED_INSTALLS: Go is installed in more than one way (Homebrew and /usr/local/go, the distribution's package
 * and a manual install, a version manager's shims and a system go), from the discovered toolchains.
 */
final class MixedInstalls extends BaseCheck {
  MixedInstalls() {
    super("MIXED_INSTALLS", Severity.WARNING, Group.TOOLCHAIN, "Go is installed in several ways");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    Map<Installs, Toolchain> kinds = new LinkedHashMap<>();
    for (Toolchain t : ctx.toolchains()) {
      kinds.putIfAbsent(Installs.of(t), t);
    }
    kinds.remove(Installs.OTHER);
    if (kinds.size() < 2) {
      return List.of();
    }
    List<Evidence> ev = new ArrayList<>();
    for (Map.Entry<Installs, Toolchain> e : kinds.entrySet()) {
      Toolchain t = e.getValue();
      ev.add(new Evidence(e.getKey().label, t.executable() + " (" + t.versionOrUnknown() + ")",
          t.pathIndex() == 0 ? "runs when you type go" : t.onPath() ? "on PATH, shadowed" : "not on PATH"));
    }
    Installs winner = ctx.toolchains().stream().filter(t -> t.pathIndex() == 0).findFirst()
        .map(Installs::of).orElse(Installs.OTHER);
    List<Fix> fixes = new ArrayList<>();
    for (Installs k : kinds.keySet()) {
      if (k != winner) {
        fixes.add(removal(k));
      }
    }
    return List.of(finding(
        "Go is installed by " + kinds.size() + " different means. Each updates on its own schedule, so which go"
            + " runs depends on PATH order and changes when one of them is upgraded or a new shell starts;"
            + " GOROOT, GOPATH tools and caches of one install then meet the other's go. Keep one.",
        ev, fixes));
  }

  private static Fix removal(Installs k) {
    return switch (k) {
      case HOMEBREW -> Fix.everywhere("remove the Homebrew go", "brew uninstall go");
      case USR_LOCAL_GO -> Fix.everywhere("remove the /usr/local/go install",
          "sudo rm -rf /usr/local/go /etc/paths.d/go");
      case APT -> Fix.everywhere("remove the distribution's go package", "sudo apt-get remove 'golang-*'");
      case VERSION_MANAGER -> Fix.everywhere("stop the version manager's shims from choosing go",
          "asdf uninstall golang || goenv uninstall || gvm implode   # whichever you use");
      case SNAP -> Fix.everywhere("remove the snap", "sudo snap remove go");
      case MSI -> Fix.everywhere("remove the MSI install (or use Settings > Apps > Go Programming Language)",
          "winget uninstall -e --id GoLang.Go");
      case SCOOP -> Fix.everywhere("remove scoop's go", "scoop uninstall go");
      case OTHER -> Fix.everywhere("remove the other install", "gomedic which-go --all");
    };
  }
}
