package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.modfile.ModFileException;
import dev.gomedic.mod.modfile.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The main module's go.mod does not parse. */
final class GoModInvalid extends BaseCheck {
  /** How many parse errors the evidence lists before "… and N more errors". */
  static final int SHOWN = 10;

  GoModInvalid() {
    super("GO_MOD_INVALID", Severity.ERROR, Group.MODULES, "go.mod does not parse",
        "GO_SUM_MISSING", "REPLACE_LOCAL", "REPLACE_TARGET_MISSING", "VENDOR_INCONSISTENT", "GO_VERSION_TOO_NEW");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws IOException {
    Optional<Path> root = Project.moduleRoot(ctx);
    if (root.isEmpty() || Project.moduleModeOff(ctx)) {
      return List.of();
    }
    Path goMod = root.get().resolve("go.mod");
    try {
      Project.parse(goMod);
      return List.of();
    } catch (ModFileException e) {
      List<Evidence> ev = new ArrayList<>();
      // go reports only the first errors; a junk file can hold millions, so the evidence stops at SHOWN.
      for (Problem p : e.problems().subList(0, Math.min(SHOWN, e.problems().size()))) {
        ev.add(new Evidence("problem", p.toString(), p.file() + ":" + p.line() + ":" + p.column()));
      }
      if (e.problems().size() > SHOWN) {
        int more = e.problems().size() - SHOWN;
        ev.add(new Evidence("problem", "… and " + more + " more error" + (more == 1 ? "" : "s"), goMod.toString()));
      }
      boolean newer = e.problems().stream().anyMatch(p -> p.message().contains("unknown directive")
          || p.message().contains("invalid go version"));
      String detail = "go reads go.mod before doing anything else and stops at the first error, so every go command"
          + " in this module fails with \"errors parsing go.mod\"."
          + (newer ? " A directive or go line go does not know usually means the file was written by a newer Go." : "");
      return List.of(finding(detail, ev, List.of(
          Fix.everywhere("correct the line named above (go mod edit -fmt reformats a fixed file)", "go mod edit -fmt"),
          Fix.everywhere("or, if a newer Go wrote the file, upgrade Go", "gomedic toolchain install"))));
    }
  }
}
