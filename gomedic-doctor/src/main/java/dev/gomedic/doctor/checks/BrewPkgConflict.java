package dev.gomedic.doctor.checks;

import dev.gomedic.discovery.Toolchain;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.host.GoOs;
import dev.gomedic.doctor.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BREW_PKG_CONFLICT: on macOS, Homebrew's go and the .pkg installer's /usr/local/go with /etc/paths.d/go (which
 * path_helper adds to every login shell's PATH) are both installed.
 */
final class BrewPkgConflict extends BaseCheck {
  BrewPkgConflict() {
    super("BREW_PKG_CONFLICT", Severity.WARNING, Group.PLATFORM, "Homebrew go and the .pkg's /usr/local/go are both installed");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    if (ctx.os() != GoOs.DARWIN) {
      return List.of();
    }
    Optional<Toolchain> brew = ctx.toolchains().stream().filter(t -> Installs.of(t) == Installs.HOMEBREW).findFirst();
    Path pkgGo = ctx.path("/usr/local/go/bin/go");
    Path pathsD = ctx.path("/etc/paths.d/go");
    if (brew.isEmpty() || !Files.exists(pkgGo) || !Files.isRegularFile(pathsD)) {
      return List.of();
    }
    String wins = ctx.selectedGo().map(g -> g.binary().toString()).orElse("neither");
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("Homebrew go", brew.get().executable() + " (" + brew.get().versionOrUnknown() + ")",
        "Homebrew"));
    ev.add(new Evidence(".pkg go", pkgGo.toString(), "/etc/paths.d/go adds /usr/local/go/bin to every login shell"));
    ev.add(new Evidence("runs", wins, "first on PATH"));
    return List.of(finding(
        "The go.dev .pkg installs /usr/local/go and /etc/paths.d/go, which macOS's path_helper puts on the PATH of"
            + " every login shell, while Homebrew puts its own go in " + brew.get().executable().getParent() + "."
            + " Which one runs depends on the order of shell profiles, so `brew upgrade go` may change nothing"
            + " (or everything), and Terminal, IDEs and scripts can each see a different go.",
        ev,
        List.of(Fix.everywhere("keep Homebrew's go: remove the .pkg install",
                "sudo rm -rf /usr/local/go /etc/paths.d/go"),
            Fix.everywhere("or keep the .pkg: remove Homebrew's go", "brew uninstall go"))));
  }
}
