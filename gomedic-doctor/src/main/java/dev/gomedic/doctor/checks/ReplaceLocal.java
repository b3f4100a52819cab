package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import java.util.List;
import java.util.Optional;

/** replace points at a local directory: the module builds only where that directory exists. */
final class ReplaceLocal extends BaseCheck {
  ReplaceLocal() {
    super("REPLACE_LOCAL", Severity.WARNING, Group.MODULES, "replace points at a local directory");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    Optional<ModFile> mf = Project.modFile(ctx);
    if (mf.isEmpty()) {
      return List.of();
    }
    List<Replace> local = LocalReplaces.of(mf.get());
    if (local.isEmpty()) {
      return List.of();
    }
    List<Evidence> ev = local.stream()
        .map(r -> new Evidence("replace", r.oldPath() + (r.oldVersion() == null || r.oldVersion().isEmpty() ? "" : " " + r.oldVersion())
            + " => " + r.newPath(), LocalReplaces.where(r)))
        .toList();
    Replace first = local.get(0);
    return List.of(finding(
        "A replace directive with a directory on the right makes go read that module from disk instead of"
            + " downloading it. The build then works only on machines with the same directory layout (CI, colleagues"
            + " and go install path@version ignore or fail on it).",
        ev,
        List.of(Fix.everywhere("drop the replacement once the change is published", "go mod edit -dropreplace=" + first.oldPath()),
            Fix.everywhere("or use a go.work file for local development instead", "go work init . " + first.newPath()))));
  }
}
