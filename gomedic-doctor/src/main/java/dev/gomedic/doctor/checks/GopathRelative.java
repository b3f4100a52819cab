package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.host.GoOs;
import java.util.ArrayList;
import java.util.List;

/** A GOPATH entry is relative or starts with ~. */
final class GopathRelative extends BaseCheck {
  GopathRelative() {
    super("GOPATH_RELATIVE", Severity.ERROR, Group.GOROOT_GOPATH, "GOPATH has a relative entry");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue gp = ctx.goEnv("GOPATH");
    List<Evidence> ev = new ArrayList<>();
    for (String e : GoPaths.gopathEntries(ctx)) {
      if (e.startsWith("~")) {
        ev.add(new Evidence("entry", e, "starts with ~, which go does not expand"));
      } else if (!isAbsolute(ctx, e)) {
        ev.add(new Evidence("entry", e, "relative"));
      }
    }
    if (ev.isEmpty()) {
      return List.of();
    }
    ev.add(0, gp.evidence());
    return List.of(finding(
        "Every GOPATH entry must be an absolute path; go stops with \"GOPATH entry is relative; must be absolute"
            + " path\" (or \"cannot start with shell metacharacter '~'\" when ~ was quoted and not expanded).",
        ev, List.of(GoPaths.unset(gp, "use the default GOPATH ($HOME/go), or an absolute path"))));
  }

  static boolean isAbsolute(DoctorContext ctx, String e) {
    if (ctx.os() == GoOs.WINDOWS) {
      return e.matches("^[A-Za-z]:[\\\\/].*") || e.startsWith("\\\\");
    }
    return e.startsWith("/");
  }
}
