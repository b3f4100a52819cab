package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** GOROOT is set by hand although the go binary would find its own. */
final class GorootSet extends BaseCheck {
  GorootSet() {
    super("GOROOT_SET", Severity.WARNING, Group.GOROOT_GOPATH, "GOROOT is set by hand");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GOROOT");
    Optional<Path> own = GoPaths.ownRoot(ctx);
    if (!GoPaths.explicit(v) || own.isEmpty()) {
      return List.of();
    }
    List<Evidence> ev = new ArrayList<>(List.of(v.evidence()));
    ev.add(new Evidence("own GOROOT", own.get().toString(), "directory above " + ctx.selectedGo().get().binary()));
    return List.of(finding(
        "The go binary finds its GOROOT by itself, from where it is installed. A GOROOT set by hand goes stale at the"
            + " next upgrade or when another go comes first on PATH, and then breaks every build.",
        ev, List.of(GoPaths.unset(v, "unset GOROOT"))));
  }
}
