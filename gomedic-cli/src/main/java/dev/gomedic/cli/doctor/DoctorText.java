package dev.gomedic.cli.doctor;

import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Outcome;
import dev.gomedic.doctor.Report;
import dev.gomedic.doctor.Severity;
import dev.gomedic.doctor.Shell;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human report: findings grouped under headings, the group holding the root cause first, each with a mark,
 * its ID and title, the mechanism, the evidence and the fixes for the user's shell; then one summary line.
 */
final class DoctorText {
  private final PrintWriter out;
  private final boolean colour;
  private final boolean verbose;

  DoctorText(PrintWriter out, boolean colour, boolean verbose) {
    this.out = out;
    this.colour = colour;
    this.verbose = verbose;
  }

  void render(Report report, DoctorFacts facts) {
    List<Finding> findings = report.findings();
    if (findings.isEmpty() && report.broken().isEmpty()) {
      allClear(report, facts);
      return;
    }
    Map<Group, List<Finding>> byGroup = new LinkedHashMap<>();
    for (Finding f : findings) {
      byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
    }
    boolean first = true;
    for (Map.Entry<Group, List<Finding>> e : byGroup.entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(paint("1", e.getKey().title()));
      for (Finding f : e.getValue()) {
        finding(f, report, facts.shell());
      }
    }
    if (!report.broken().isEmpty()) {
      out.println();
      out.println(paint("1", "checks that could not run"));
      for (Outcome.Broken b : report.broken()) {
        out.println("  " + paint("35", "?") + " " + b.reason());
      }
    }
    if (verbose) {
      out.println();
      out.println(paint("1", "passed"));
      for (Outcome o : report.outcomes()) {
        if (o instanceof Outcome.Passed) {
          Check c = o.check();
          out.println("  " + paint("32", "✓") + " " + c.id() + "  " + c.title());
        }
      }
    }
    out.println();
    out.println(summary(report));
  }

  private void finding(Finding f, Report report, Shell shell) {
    out.println("  " + mark(f.severity()) + " " + paint("1", f.id()) + "  " + f.title());
    List<String> causes = report.explainedBy(f);
    if (!causes.isEmpty()) {
      out.println("      probably caused by " + String.join(", ", causes) + " (shown above)");
    }
    out.println("      " + f.detail());
    for (Evidence e : f.evidence()) {
      out.println("      " + paint("2", "•") + " " + e);
    }
    for (Fix x : f.fixes()) {
      out.println("      " + paint("36", "fix:") + " " + x.summary());
      out.println("        " + x.command(shell));
    }
  }

  private void allClear(Report report, DoctorFacts facts) {
    out.println(paint("32", "✓") + " no problems found (" + report.outcomes().size() + " checks)");
    out.println("  go        " + (facts.goVersion().isEmpty() ? "(version unknown)" : facts.goVersion()) + "  " + facts.goPath());
    out.println("  GOROOT    " + facts.goroot());
    out.println("  module    " + facts.moduleRoot().map(Path::toString).orElse("(none)"));
    out.println("  mode      " + facts.moduleMode());
  }

  static String summary(Report r) {
    return count(r.count(Severity.ERROR), "error") + ", " + count(r.count(Severity.WARNING), "warning") + ", "
        + count(r.count(Severity.INFO), "note") + "; " + count(r.passed(), "check") + " passed"
        + (r.broken().isEmpty() ? "" : ", " + r.broken().size() + " could not run");
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private String mark(Severity s) {
    return switch (s) {
      case ERROR -> paint("31", "✗");
      case WARNING -> paint("33", "!");
      case INFO -> paint("34", "i");
    };
  }

  private String paint(String sgr, String s) {
    return colour ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
  }
}
