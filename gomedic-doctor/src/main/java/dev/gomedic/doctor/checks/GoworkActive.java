package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A go.work file (found above the working directory or named by GOWORK) puts go in workspace mode. */
final class GoworkActive extends BaseCheck {
  GoworkActive() {
    super("GOWORK_ACTIVE", Severity.WARNING, Group.MODULES, "a go.work file changes the build");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    if (Project.moduleModeOff(ctx)) {
      return List.of();
    }
    Optional<Project.Workspace> work = Project.goWork(ctx);
    if (work.isEmpty()) {
      return List.of();
    }
    Path file = work.get().file();
    String source = work.get().source();
    Optional<Path> modRoot = Project.moduleRoot(ctx);
    boolean farAbove = modRoot.isPresent() && file.getParent() != null && !file.getParent().equals(modRoot.get());
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("go.work", file.toString(), source));
    modRoot.ifPresent(r -> ev.add(new Evidence("module root", r.toString(), "nearest go.mod")));
    return List.of(new Finding(id(), farAbove ? Severity.WARNING : Severity.INFO, group(), title(),
        "go found a go.work file and works in workspace mode: the modules listed by its use lines are all main"
            + " modules, their replace lines apply, and -mod=vendor or -mod=mod are refused."
            + (farAbove ? " The file is above this module's root, so it may be a leftover that captures unrelated projects." : ""),
        ev,
        List.of(Fix.setVar("build this module on its own", "GOWORK", "off"),
            Fix.everywhere("or add this module to the workspace", "go work use " + modRoot.map(Path::toString).orElse(".")))));
  }
}
