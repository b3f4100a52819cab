package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.GoTree;
import dev.gomedic.doctor.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** GOROOT names a directory that is not a Go installation. */
final class GorootInvalid extends BaseCheck {
  GorootInvalid() {
    super("GOROOT_INVALID", Severity.ERROR, Group.GOROOT_GOPATH, "GOROOT is not a Go installation",
        "GOROOT_SET", "GOROOT_MISMATCH", "GOROOT_EQUALS_GOPATH", "GOPATH_INSIDE_GOROOT");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GOROOT");
    if (!GoPaths.explicit(v)) {
      return List.of();
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
}
