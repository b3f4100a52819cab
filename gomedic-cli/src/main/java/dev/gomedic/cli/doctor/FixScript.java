package dev.gomedic.cli.doctor;

import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Report;
import dev.gomedic.doctor.Shell;

/**
 * --fix: a script for the user's shell with the first fix of every finding, root causes first, each preceded by
 * a comment naming the finding. Later alternatives are listed as comments. Nothing is run.
 */
final class FixScript {
  private FixScript() {}

  static String render(Report report, Shell shell) {
    String c = shell == Shell.CMD ? "REM " : "# ";
    StringBuilder sb = new StringBuilder();
    sb.append(c).append("gomedic doctor --fix for ").append(shell.title()).append(": review before running.\n");
    if (report.findings().isEmpty()) {
      sb.append(c).append("nothing to fix.\n");
    }
    for (Finding f : report.findings()) {
      sb.append('\n').append(c).append(f.id()).append(" (").append(f.severity().label()).append("): ")
          .append(f.title()).append('\n');
      boolean first = true;
      for (Fix x : f.fixes()) {
        sb.append(c).append(x.summary()).append('\n');
        String cmd = x.command(shell);
        sb.append(first && !cmd.contains("<") ? "" : c).append(cmd).append('\n');
        first = false;
      }
    }
    return sb.toString();
  }
}
