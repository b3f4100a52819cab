package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modfile.ModFile;
import java.util.List;
import java.util.Optional;

/** go.mod's go line names a newer Go than the selected go binary. */
final class GoVersionTooNew extends BaseCheck {
  GoVersionTooNew() {
    super("GO_VERSION_TOO_NEW", Severity.ERROR, Group.MODULES, "go.mod needs a newer Go than the one selected");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    Optional<ModFile> mf = Project.modFile(ctx);
    Optional<String> have = ctx.selectedGo().flatMap(GoInstall::version);
    if (mf.isEmpty() || mf.get().go() == null || have.isEmpty()) {
      return List.of();
    }
    String want = mf.get().go().version();
    String running = have.get().replaceFirst("^go", "");
    if (!GoVersion.isValid(running) || GoVersion.compare(want, running) <= 0) {
      return List.of();
    }
    EnvValue tc = ctx.goEnv("GOTOOLCHAIN");
    boolean canSwitch = GoVersion.compare(running, "1.21") >= 0 && !tc.value().startsWith("local")
        && !ctx.goEnv("GOPROXY").value().equals("off");
    int line = mf.get().go().syntax() == null ? 0 : mf.get().go().syntax().start().line();
    String detail = "The go line in go.mod says the module needs Go " + want + ", but the selected go is " + running
        + ". " + (canSwitch
            ? "This go can download and switch to a newer toolchain (GOTOOLCHAIN=" + tc.value() + "), which needs the network."
            : GoVersion.compare(running, "1.21") < 0
                ? "Go before 1.21 cannot switch toolchains: it fails to parse a three-part go line or reports \"note: module requires Go "
                    + want + "\" after compile errors."
                : "Switching is disabled (GOTOOLCHAIN=" + tc.value() + "), so go stops with \"go.mod requires go >= " + want + "\".");
    return List.of(
        new Finding(id(), canSwitch ? Severity.INFO : Severity.ERROR, group(), title(), detail,
            List.of(
                new Evidence("go", want, "go.mod" + (line > 0 ? ":" + line : "")),
                new Evidence("go version", have.get(), ctx.selectedGo().get().binary().toString()),
                tc.evidence()),
            List.of(
                Fix.everywhere("install Go " + want + " or newer", "gomedic toolchain install go" + want),
                Fix.goEnvWrite("or let go 1.21+ download the toolchain it needs", "GOTOOLCHAIN", "auto"))));
  }
}
