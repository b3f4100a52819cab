package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.List;
import java.util.Set;

/** GO111MODULE=off (or a value go rejects). */
final class Go111ModuleOff extends BaseCheck {
  Go111ModuleOff() {
    super("GO111MODULE_OFF", Severity.ERROR, Group.MODULES, "module mode is switched off", "GOPATH_MODE");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GO111MODULE");
    boolean invalid = !Set.of("", "on", "off", "auto").contains(v.value());
    if (!v.value().equals("off") && !invalid) {
      return List.of();
    }
    boolean hasModule = Project.moduleRoot(ctx).isPresent();
    String detail = invalid
        ? "GO111MODULE accepts only on, off or auto; with \"" + v.value() + "\" every go command stops with"
            + " \"unknown environment setting GO111MODULE\"."
        : "GO111MODULE=off makes go ignore go.mod and build in GOPATH mode: imports are looked up in GOPATH/src,"
            + " path@version and go mod commands fail, and go get (Go 1.22+) refuses to run."
            + (hasModule ? " This directory has a go.mod, which is ignored." : "");
    return List.of(new Finding(id(), hasModule || invalid ? Severity.ERROR : Severity.WARNING, group(), title(), detail,
        List.of(v.evidence()), List.of(GoPaths.unset(v, "remove GO111MODULE (module mode is the default since Go 1.16)"))));
  }
}
