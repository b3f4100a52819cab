package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A local replacement directory, or its go.mod, does not exist. */
final class ReplaceTargetMissing extends BaseCheck {
  ReplaceTargetMissing() {
    super("REPLACE_TARGET_MISSING", Severity.ERROR, Group.MODULES, "a replacement directory or its go.mod is missing");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    Optional<ModFile> mf = Project.modFile(ctx);
    if (mf.isEmpty()) {
      return List.of();
    }
    Path root = Project.moduleRoot(ctx).orElseThrow();
    List<Evidence> ev = new ArrayList<>();
    String firstOld = null;
    for (Replace r : LocalReplaces.of(mf.get())) {
      Path dir = root.resolve(r.newPath()).normalize();
      String problem = !Files.isDirectory(dir) ? "directory does not exist"
          : !Files.isRegularFile(dir.resolve("go.mod")) ? "no go.mod in the directory" : null;
      if (problem != null) {
        ev.add(new Evidence(r.oldPath() + " => " + r.newPath(), dir.toString(), LocalReplaces.where(r) + ": " + problem));
        firstOld = firstOld == null ? r.oldPath() : firstOld;
      }
    }
    if (ev.isEmpty()) {
      return List.of();
    }
    return List.of(finding(
        "go reads a replaced module from the directory on the right of the replace directive and needs a go.mod"
            + " there. When it is missing (a sibling repository not checked out, as in CI) go fails with"
            + " \"replacement directory ... does not exist\" or \"reading .../go.mod: no such file or directory\".",
        ev,
        List.of(Fix.everywhere("check out the replaced module at that path", "git clone <repository> " + ev.get(0).value()),
            Fix.everywhere("or drop the replacement", "go mod edit -dropreplace=" + firstOld))));
  }
}
