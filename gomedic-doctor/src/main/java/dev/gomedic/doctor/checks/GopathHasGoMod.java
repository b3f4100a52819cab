package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** $GOPATH/go.mod exists: go refuses (1.19 and earlier) or ignores (later) a module rooted at GOPATH. */
final class GopathHasGoMod extends BaseCheck {
  GopathHasGoMod() {
    super("GOPATH_HAS_GO_MOD", Severity.ERROR, Group.GOROOT_GOPATH, "$GOPATH/go.mod exists");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    List<String> entries = GoPaths.gopathEntries(ctx);
    if (entries.isEmpty() || !GopathRelative.isAbsolute(ctx, entries.get(0))) {
      return List.of();
    }
    Path first = GoPaths.norm(ctx, entries.get(0));
    Path goMod = first.resolve("go.mod");
    if (!Files.isRegularFile(goMod)) {
      return List.of();
    }
    Optional<Path> root = Project.moduleRoot(ctx);
    boolean isMain = root.isPresent() && GoPaths.norm(ctx, root.get().toString()).equals(first);
    EnvValue gp = ctx.goEnv("GOPATH");
    return List.of(new Finding(id(), isMain ? Severity.ERROR : Severity.WARNING, group(), title(),
        "go does not allow the first GOPATH directory to be a module root: Go 1.19 and earlier stop with"
            + " \"$GOPATH/go.mod exists but should not\", later releases ignore that go.mod."
            + (isMain ? " This project is that module." : ""),
        List.of(gp.evidence(), new Evidence("go.mod", goMod.toString(), "exists")),
        List.of(GoPaths.unset(gp, "use the default GOPATH, or one that is not a project directory"))));
  }
}
