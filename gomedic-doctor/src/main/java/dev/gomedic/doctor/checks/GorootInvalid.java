package dev.gomedic.doctor.checks;

import dev.gomedic.discovery.Toolchain;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.GoTree;
import dev.gomedic.doctor.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GOROOT names a directory that is not a Go installation: set by hand, or, with GOROOT unset, the GOROOT built
 * into a go binary that sits outside any Go tree (copied away from its installation) when that directory is
 * missing, or when the binary was built with -trimpath and has none.
 */
final class GorootInvalid extends BaseCheck {
  GorootInvalid() {
    super("GOROOT_INVALID", Severity.ERROR, Group.GOROOT_GOPATH, "GOROOT is not a Go installation",
        "GOROOT_SET", "GOROOT_MISMATCH", "GOROOT_EQUALS_GOPATH", "GOPATH_INSIDE_GOROOT");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GOROOT");
    if (!GoPaths.explicit(v)) {
      return builtIn(ctx);
    }
    Path root = ctx.path(v.value());
    if (GoTree.isGoTree(root)) {
      return List.of();
    }
    boolean exists = Files.isDirectory(root);
    return List.of(finding(
        (exists
            ? "GOROOT points at a directory without src/runtime, so it is no Go installation; go then cannot find the"
                + " standard library (\"package fmt is not in GOROOT\", \"cannot find package\")."
            : "GOROOT names a directory that does not exist, so every go command, even go env, stops with"
                + " \"cannot find GOROOT directory\".")
            + " The go binary finds its own GOROOT when GOROOT is unset.",
        List.of(v.evidence()),
        List.of(GoPaths.unset(v, "unset GOROOT and let go find its own installation"))));
  }

  /** The selected go is outside any Go tree and the GOROOT built into it is unusable. */
  private List<Finding> builtIn(DoctorContext ctx) {
    Optional<Toolchain> sel = ctx.selectedToolchain();
    if (sel.isEmpty()) {
      return List.of();
    }
    Toolchain t = sel.get();
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("go", t.resolved().toString(), "not inside a Go tree (no pkg/tool two levels up)"));
    String why;
    if (t.gorootSource() == Toolchain.GorootSource.TRIMMED) {
      ev.add(new Evidence("built-in GOROOT", "", "none: built with -trimpath"));
      why = "was built with -trimpath, so it has no GOROOT built in; every go command stops with \"go: cannot find"
          + " GOROOT directory: 'go' binary is trimmed and GOROOT is not set\".";
    } else if (t.gorootSource() == Toolchain.GorootSource.BUILT_IN && t.goroot().isPresent()
        && !GoTree.isGoTree(t.goroot().get())) {
      Path root = t.goroot().get();
      boolean exists = Files.isDirectory(root);
      ev.add(new Evidence("built-in GOROOT", root.toString(),
          exists ? "built into the go binary; not a Go installation" : "built into the go binary; missing"));
      why = "falls back to the GOROOT built into it, " + root + (exists
          ? ", which is no Go installation, so go cannot find the standard library."
          : ", which does not exist, so every go command, even go env, stops with \"go: cannot find GOROOT"
              + " directory: " + root + "\".");
    } else {
      return List.of();
    }
    List<Fix> fixes = new ArrayList<>();
    Optional<Toolchain> real = ctx.toolchains().stream()
        .filter(o -> o.gorootSource() == Toolchain.GorootSource.LOCATION)
        .filter(o -> o.goroot().filter(GoTree::isGoTree).isPresent())
        .filter(o -> !o.resolved().equals(t.resolved()))
        .findFirst();
    if (real.isPresent()) {
      Path bin = real.get().executable().getParent();
      ev.add(new Evidence("installed go", real.get().executable().toString(),
          real.get().versionOrUnknown() + ", GOROOT " + real.get().goroot().get()));
      fixes.add(Fix.addToPath("run the installed go instead: put " + bin + " first on PATH", bin.toString(), true));
      fixes.add(Fix.everywhere("and remove the stray copy", "rm " + t.executable()));
    } else {
      fixes.add(Fix.everywhere("reinstall Go and run its bin/go (a copy of bin/go only works beside its Go tree;"
          + " link it with ln -s instead of copying)", "gomedic toolchain install"));
    }
    return List.of(finding("The go binary " + t.executable() + " is not inside a Go installation (a copy of bin/go"
        + " moved away from its tree), and GOROOT is unset, so it " + why, ev, fixes));
  }
}
