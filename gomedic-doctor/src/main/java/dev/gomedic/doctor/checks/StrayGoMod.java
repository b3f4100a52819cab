package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.host.GoOs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The go.mod that go uses lives in $HOME or above it, far from the project, and captures everything below. */
final class StrayGoMod extends BaseCheck {
  StrayGoMod() {
    super("STRAY_GO_MOD", Severity.WARNING, Group.MODULES, "a go.mod far above the project captures it",
        "GO_SUM_MISSING", "GO_VERSION_TOO_NEW");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    Optional<Path> root = Project.moduleRoot(ctx);
    Optional<String> home = ctx.osEnv(ctx.os() == GoOs.WINDOWS ? "USERPROFILE" : "HOME");
    if (root.isEmpty() || home.isEmpty() || home.get().isEmpty()) {
      return List.of();
    }
    Path wd = ctx.workingDir().toAbsolutePath().normalize();
    Path h = ctx.path(home.get()).toAbsolutePath().normalize();
    boolean atOrAboveHome = h.startsWith(root.get());
    if (!atOrAboveHome || wd.equals(root.get())) {
      return List.of();
    }
    Path goMod = root.get().resolve("go.mod");
    return List.of(
        finding(
            "go uses the nearest go.mod above the working directory, and the nearest one is " + goMod
                + ", in your home directory or above it. Every directory below it, including this project, then"
                + " belongs to that module: imports, go.sum and go version checks all refer to the wrong file.",
            List.of(
                new Evidence("go.mod", goMod.toString(), "nearest go.mod above " + wd),
                new Evidence("HOME", home.get(), "environment")),
            List.of(
                Fix.everywhere("move the stray file away (keep it until you are sure)", "mv " + goMod + " " + goMod + ".bak"),
                Fix.everywhere("or give this project its own module", "go mod init example.com/m"))));
  }
}
