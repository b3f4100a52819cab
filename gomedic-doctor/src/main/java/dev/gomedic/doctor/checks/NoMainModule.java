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

/** No go.mod in the working directory or any parent while module mode is on. */
final class NoMainModule extends BaseCheck {
  NoMainModule() {
    super("NO_MAIN_MODULE", Severity.ERROR, Group.MODULES, "no go.mod in this directory or any parent");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    if (Project.moduleModeOff(ctx) || Project.moduleRoot(ctx).isPresent()) {
      return List.of();
    }
    if (!ctx.goEnv("GOWORK").value().isEmpty() && !ctx.goEnv("GOWORK").value().equals("off")
        || Project.findUp(ctx, "go.work").isPresent()) {
      return List.of();
    }
    List<Evidence> ev = new ArrayList<>();
    for (Path d : Project.searchPath(ctx)) {
      ev.add(new Evidence("searched", d.toString(), "no go.mod"));
    }
    return List.of(
        finding(
            "Since Go 1.16 the go command works in module mode and needs a main module: it looks for go.mod in the"
                + " working directory and then in each parent, and found none. go build, go run . and go test then"
                + " fail with \"go.mod file not found in current directory or any parent directory\".",
            ev,
            List.of(
                Fix.everywhere("create a module here (choose your own module path)", "go mod init example.com/m && go mod tidy"),
                Fix.everywhere("or change to the directory that holds the project's go.mod", "cd <project root>"))));
  }
}
