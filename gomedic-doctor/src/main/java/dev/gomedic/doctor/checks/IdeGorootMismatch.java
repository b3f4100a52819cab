package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoTree;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.doctor.Shell;
import dev.gomedic.doctor.ide.EditorSettings;
import dev.gomedic.doctor.ide.EditorSettings.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The editor builds with another Go than the terminal: VS Code's go.goroot, go.alternateTools.go or
 * go.toolsEnvVars.GOROOT (workspace or user settings), or GoLand's project GOROOT, names another installation than
 * the go the terminal runs. The settings files are listed in {@link EditorSettings}.
 */
final class IdeGorootMismatch extends BaseCheck {
  IdeGorootMismatch() {
    super("IDE_GOROOT_MISMATCH", Severity.WARNING, Group.PLATFORM, "the editor builds with another Go than the terminal");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws IOException {
    Optional<Path> termRoot = GoPaths.ownRoot(ctx);
    if (termRoot.isEmpty()) {
      return List.of();
    }
    Path dir = Project.moduleRoot(ctx).orElse(ctx.workingDir());
    Path termGo = ctx.selectedGo().get().binary();
    List<Evidence> ev = new ArrayList<>();
    Set<Path> files = new LinkedHashSet<>();
    boolean goland = false;
    for (Setting s : EditorSettings.read(ctx, dir)) {
      String v = s.value();
      boolean differs;
      String about;
      if (s.kind() == EditorSettings.Kind.GO_BINARY) {
        Optional<Path> bin = ctx.path(v).isAbsolute() ? Optional.of(ctx.path(v)) : GoPaths.onPath(ctx, v);
        if (bin.isEmpty()) {
          continue;
        }
        differs = !GoPaths.norm(ctx, bin.get().toString()).equals(GoPaths.norm(ctx, termGo.toString()));
        about = bin.get().toString();
      } else {
        if (!ctx.path(v).isAbsolute()) {
          continue;
        }
        differs = !GoPaths.norm(ctx, v).equals(GoPaths.norm(ctx, termRoot.get().toString()));
        about = GoTree.version(ctx.path(v)).orElse("version unknown");
      }
      if (differs) {
        ev.add(new Evidence(s.editor().equals("GoLand") ? "GoLand project GOROOT" : s.key(), v,
            s.file() + " (" + about + ")"));
        files.add(s.file());
        goland |= s.editor().equals("GoLand");
      }
    }
    if (ev.isEmpty()) {
      return List.of();
    }
    ev.add(new Evidence("terminal go", termGo.toString(),
        "GOROOT " + termRoot.get() + ", " + ctx.selectedGo().get().version().orElse("version unknown")));
    List<Fix> fixes = new ArrayList<>();
    for (Path f : files) {
      if (f.getFileName().toString().equals("workspace.xml")) {
        continue;
      }
      fixes.add(edit("remove the setting from " + f.getFileName() + " (" + f.getParent().getFileName()
          + "), or point it at " + termRoot.get(), f));
    }
    if (goland) {
      fixes.add(Fix.everywhere("in GoLand: Settings > Go > GOROOT, choose " + termRoot.get(),
          "# GoLand: Settings | Go | GOROOT -> " + termRoot.get()));
    }
    return List.of(finding(
        "The editor runs the go named by its own settings, not the one on your shell's PATH. When they are"
            + " different installations, code that builds in the terminal fails in the editor (or the reverse),"
            + " with different Go versions, go.mod handling and gopls.",
        ev, fixes));
  }

  /** Opens a settings file in VS Code from each shell. */
  private static Fix edit(String summary, Path file) {
    Map<Shell, String> m = new EnumMap<>(Shell.class);
    String f = file.toString();
    m.put(Shell.POSIX, "code '" + f.replace("'", "'\\''") + "'");
    m.put(Shell.FISH, "code '" + f.replace("'", "\\'") + "'");
    m.put(Shell.POWERSHELL, "code '" + f.replace("'", "''") + "'");
    m.put(Shell.CMD, "code \"" + f + "\"");
    return new Fix(summary, m, List.of());
  }
}
