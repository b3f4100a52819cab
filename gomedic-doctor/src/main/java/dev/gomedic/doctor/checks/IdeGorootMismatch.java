package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.GoTree;
import dev.gomedic.doctor.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor builds with another Go than the terminal: VS Code's go.goroot or go.alternateTools.go in the
 * workspace's .vscode/settings.json names another installation than the go the terminal runs. (User settings and
 * GoLand's project GOROOT are not read yet.)
 */
final class IdeGorootMismatch extends BaseCheck {
  private static final Pattern GOROOT = Pattern.compile("\"go\\.goroot\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ALT_GO = Pattern.compile("\"go\\.alternateTools\"\\s*:\\s*\\{[^}]*?\"go\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.DOTALL);

  IdeGorootMismatch() {
    super("IDE_GOROOT_MISMATCH", Severity.WARNING, Group.PLATFORM, "the editor builds with another Go than the terminal");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws IOException {
    Path dir = Project.moduleRoot(ctx).orElse(ctx.workingDir());
    Path settings = dir.resolve(".vscode").resolve("settings.json");
    Optional<Path> termRoot = GoPaths.ownRoot(ctx);
    if (!Files.isRegularFile(settings) || termRoot.isEmpty()) {
      return List.of();
    }
    String text = new String(Project.read(settings, 1 << 20), StandardCharsets.UTF_8);
    List<Evidence> ev = new ArrayList<>();
    Matcher m = GOROOT.matcher(text);
    if (m.find()) {
      String v = unescape(m.group(1));
      if (!v.contains("${") && !GoPaths.norm(ctx, v).equals(GoPaths.norm(ctx, termRoot.get().toString()))) {
        ev.add(new Evidence("go.goroot", v, settings + " (" + GoTree.version(ctx.path(v)).orElse("version unknown") + ")"));
      }
    }
    Matcher a = ALT_GO.matcher(text);
    if (a.find()) {
      String v = unescape(a.group(1));
      Path p = ctx.path(v);
      if (p.isAbsolute() && !GoPaths.norm(ctx, v).equals(GoPaths.norm(ctx, ctx.selectedGo().get().binary().toString()))) {
        ev.add(new Evidence("go.alternateTools.go", v, settings.toString()));
      }
    }
    if (ev.isEmpty()) {
      return List.of();
    }
    ev.add(new Evidence("terminal go", ctx.selectedGo().get().binary().toString(),
        "GOROOT " + termRoot.get() + ", " + ctx.selectedGo().get().version().orElse("version unknown")));
    return List.of(finding(
        "VS Code's Go extension runs the go named by these workspace settings, not the one on your shell's PATH."
            + " When they are different installations, code that builds in the terminal fails in the editor (or the"
            + " reverse), with different Go versions, go.mod handling and gopls.",
        ev, List.of(Fix.everywhere("remove go.goroot / go.alternateTools.go from the workspace settings, or point them at "
            + termRoot.get(), "${EDITOR:-vi} " + settings))));
  }

  private static String unescape(String s) {
    return s.replace("\\\\", "\\").replace("\\\"", "\"");
  }
}
