package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.List;

/** This directory builds in GOPATH mode: GO111MODULE=off, or auto without a go.mod. */
final class GopathMode extends BaseCheck {
  GopathMode() {
    super("GOPATH_MODE", Severity.WARNING, Group.GOROOT_GOPATH, "this directory builds in GOPATH mode");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GO111MODULE");
    boolean off = v.value().equals("off");
    boolean autoNoMod = v.value().equals("auto") && Project.moduleRoot(ctx).isEmpty();
    if (!off && !autoNoMod) {
      return List.of();
    }
    return List.of(finding(
        "In GOPATH mode go finds imports only under GOROOT/src and each GOPATH/src, ignores go.mod and go.sum, and"
            + " rejects path@version. go get no longer works in this mode since Go 1.22, and errors read"
            + " \"cannot find package ... in any of\".",
        List.of(v.evidence(), new Evidence("GOPATH", ctx.goEnv("GOPATH").value(), ctx.goEnv("GOPATH").describeSource())),
        List.of(GoPaths.unset(v, "use module mode (the default)"), Fix.everywhere("and give the project a go.mod", "go mod init example.com/m"))));
  }
}
