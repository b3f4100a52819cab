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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The human report: findings grouped under headings, each with a mark, its ID and title, the mechanism, the
 * evidence and the fixes for the user's shell; then one summary line. Groups and the findings in them are ordered
 * so that a root cause prints before every finding it explains, across groups. On a terminal it uses colours and
 * marks (✗ ! i ✓); otherwise plain words (ERROR WARN INFO OK) that survive logs and grep.
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
    Set<String> printed = new HashSet<>();
    boolean first = true;
    for (Map.Entry<Group, List<Finding>> e : causesFirst(report, findings).entrySet()) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(paint("1", e.getKey().title()));
      for (Finding f : e.getValue()) {
        finding(f, report, facts.shell(), printed);
        printed.add(f.id());
      }
    }
    if (!report.broken().isEmpty()) {
      out.println();
      out.println(paint("1", "checks that could not run"));
      for (Outcome.Broken b : report.broken()) {
        out.println("  " + (colour ? paint("35", "?") : "BROKEN") + " " + b.reason());
      }
    }
    if (verbose) {
      out.println();
      out.println(paint("1", "passed"));
      for (Outcome o : report.outcomes()) {
        if (o instanceof Outcome.Passed) {
          Check c = o.check();
          out.println("  " + ok() + " " + c.id() + "  " + c.title());
        }
      }
    }
    out.println();
    out.println(summary(report));
  }

  /**
   * The findings grouped, groups in the order of their first finding, then moved so that a finding's causes are
   * printed before it: a group (or finding) is taken only when all its causes are taken already or sit in the
   * same group; a cycle between groups is broken in the original order (the text then says "below").
   */
  static Map<Group, List<Finding>> causesFirst(Report report, List<Finding> findings) {
    Set<String> fired = new HashSet<>();
    findings.forEach(f -> fired.add(f.id()));
    Map<Group, List<Finding>> byGroup = new LinkedHashMap<>();
    for (Finding f : findings) {
      byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
    }
    Set<String> placed = new HashSet<>();
    Map<Group, List<Finding>> ordered = new LinkedHashMap<>();
    List<Group> left = new ArrayList<>(byGroup.keySet());
    while (!left.isEmpty()) {
      Group next = left.get(0);
      for (Group g : left) {
        Set<String> inGroup = new HashSet<>();
        byGroup.get(g).forEach(f -> inGroup.add(f.id()));
        boolean ready = byGroup.get(g).stream().flatMap(f -> report.explainedBy(f).stream())
            .allMatch(c -> !fired.contains(c) || placed.contains(c) || inGroup.contains(c));
        if (ready) {
          next = g;
          break;
        }
      }
      left.remove(next);
      List<Finding> in = new ArrayList<>(byGroup.get(next));
      Set<String> inGroup = new HashSet<>();
      in.forEach(f -> inGroup.add(f.id()));
      List<Finding> sorted = new ArrayList<>();
      while (!in.isEmpty()) {
        Finding pick = in.get(0);
        for (Finding f : in) {
          if (report.explainedBy(f).stream().allMatch(c -> !inGroup.contains(c) || placed.contains(c))) {
            pick = f;
            break;
          }
        }
        in.remove(pick);
        sorted.add(pick);
        placed.add(pick.id());
      }
      ordered.put(next, sorted);
    }
    return ordered;
  }

  private void finding(Finding f, Report report, Shell shell, Set<String> printed) {
    out.println("  " + mark(f.severity()) + " " + paint("1", f.id()) + "  " + f.title());
    List<String> causes = report.explainedBy(f);
    if (!causes.isEmpty()) {
      boolean above = printed.containsAll(causes.stream().filter(c -> report.findings().stream()
          .anyMatch(x -> x.id().equals(c))).toList());
      out.println("      probably caused by " + String.join(", ", causes) + (above ? " (shown above)" : " (shown below)"));
    }
    out.println("      " + f.detail());
    for (Evidence e : f.evidence()) {
      out.println("      " + (colour ? paint("2", "•") : "-") + " " + e);
    }
    for (Fix x : f.fixes()) {
      out.println("      " + paint("36", "fix:") + " " + x.summary());
      out.println("        " + x.command(shell));
    }
  }

  private void allClear(Report report, DoctorFacts facts) {
    out.println(ok() + " no problems found (" + report.outcomes().size() + " checks)");
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

  private String ok() {
    return colour ? paint("32", "✓") : "OK";
  }

  private String mark(Severity s) {
    if (!colour) {
      return switch (s) {
        case ERROR -> "ERROR";
        case WARNING -> "WARN";
        case INFO -> "INFO";
      };
    }
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
