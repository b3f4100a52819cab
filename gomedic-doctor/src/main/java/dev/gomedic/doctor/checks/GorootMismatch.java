package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.GoTree;
import dev.gomedic.doctor.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** GOROOT points at another Go installation than the go binary in use. */
final class GorootMismatch extends BaseCheck {
  GorootMismatch() {
    super("GOROOT_MISMATCH", Severity.ERROR, Group.GOROOT_GOPATH, "GOROOT belongs to another Go than the go binary",
        "GOROOT_SET");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GOROOT");
    Optional<Path> own = GoPaths.ownRoot(ctx);
    if (!GoPaths.explicit(v) || own.isEmpty() || !GoTree.isGoTree(ctx.path(v.value()))) {
      return List.of();
    }
    Path set = GoPaths.norm(ctx, v.value());
    if (set.equals(GoPaths.norm(ctx, own.get().toString()))) {
      return List.of();
    }
    String setVersion = GoTree.version(set).orElse("unknown version");
    String ownVersion = ctx.selectedGo().flatMap(GoInstall::version).orElse("unknown version");
    return List.of(new Finding(id(), setVersion.equals(ownVersion) ? Severity.WARNING : Severity.ERROR, group(), title(),
        "The go binary in use (" + ownVersion + ") runs the compiler and standard library of GOROOT (" + setVersion
            + "). When the versions differ every package fails with \"compile: version ... does not match go tool"
            + " version\" or stale-object errors.",
        List.of(v.evidence(), new Evidence("go", ctx.selectedGo().get().binary().toString(), "belongs to " + own.get())),
        List.of(GoPaths.unset(v, "unset GOROOT so that go uses its own installation"))));
  }
}
