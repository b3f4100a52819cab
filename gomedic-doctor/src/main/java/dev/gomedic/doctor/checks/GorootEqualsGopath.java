package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.nio.file.Path;
import java.util.List;

/** A GOPATH entry is GOROOT itself, or lies inside it. */
final class GorootEqualsGopath extends BaseCheck {
  private final boolean inside;

  GorootEqualsGopath(boolean inside) {
    super(inside ? "GOPATH_INSIDE_GOROOT" : "GOROOT_EQUALS_GOPATH", Severity.WARNING, Group.GOROOT_GOPATH,
        inside ? "GOPATH lies inside GOROOT" : "GOPATH is the same directory as GOROOT");
    this.inside = inside;
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue root = ctx.goEnv("GOROOT");
    if (!root.isSet()) {
      return List.of();
    }
    Path r = GoPaths.norm(ctx, root.value());
    for (String e : GoPaths.gopathEntries(ctx)) {
      if (!ctx.path(e).isAbsolute()) {
        continue;
      }
      Path p = GoPaths.norm(ctx, e);
      boolean hit = inside ? p.startsWith(r) && !p.equals(r) : p.equals(r);
      if (hit) {
        EnvValue gp = ctx.goEnv("GOPATH");
        return List.of(finding(
            inside
                ? "A GOPATH inside the Go installation mixes downloaded code and tools with Go's own files: an upgrade"
                    + " that replaces GOROOT deletes them, and go may treat them as standard library."
                : "go ignores a GOPATH equal to GOROOT (\"warning: GOPATH set to GOROOT has no effect\"), so the module"
                    + " cache and go install have no valid place; this usually means Go was installed in $HOME/go.",
            List.of(gp.evidence(), root.evidence()),
            List.of(GoPaths.unset(gp, "use the default GOPATH ($HOME/go) outside the Go installation"))));
      }
    }
    return List.of();
  }
}
