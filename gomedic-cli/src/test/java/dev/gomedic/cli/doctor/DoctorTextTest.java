package dev.gomedic.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Outcome;
import dev.gomedic.doctor.Report;
import dev.gomedic.doctor.Severity;
import dev.gomedic.doctor.Shell;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoctorTextTest {
  record Fake(String id, Severity severity, Group group, Set<String> explains) implements Check {
    @Override
    public String title() {
      return id.toLowerCase();
    }

    @Override
    public List<Finding> run(DoctorContext context) {
      return List.of(finding("detail of " + id, List.of(), List.of(Fix.everywhere("fix " + id, "true"))));
    }
  }

  static Outcome fired(Fake c) {
    return new Outcome.Fired(c, c.run(null));
  }

  static String render(Report r, boolean terminal) {
    StringWriter w = new StringWriter();
    new DoctorText(new PrintWriter(w, true), terminal, false).render(r, new DoctorFacts(null, Shell.POSIX));
    return w.toString();
  }

  /** R1 (toolchain) and R2 (modules) both explain S (toolchain): R2's group must print before S's. */
  static final Report CROSS_GROUP = new Report(List.of(
      fired(new Fake("R1", Severity.ERROR, Group.TOOLCHAIN, Set.of("S"))),
      fired(new Fake("S", Severity.ERROR, Group.TOOLCHAIN, Set.of())),
      fired(new Fake("R2", Severity.WARNING, Group.MODULES, Set.of("S")))));

  @Test
  void a_cause_in_another_group_prints_before_what_it_explains() {
    String out = render(CROSS_GROUP, false);
    int r1 = out.indexOf(" R1 ");
    int r2 = out.indexOf(" R2 ");
    int s = out.indexOf(" S ");
    assertThat(r1).as("R1 printed").isNotNegative();
    assertThat(r2 < s && r1 < s).as("positions R1=%d R2=%d S=%d, want both causes before S in\n%s", r1, r2, s, out)
        .isTrue();
    assertThat(out).contains("probably caused by R1, R2 (shown above)").doesNotContain("shown below");
  }

  @Test
  void plain_words_instead_of_marks_when_not_a_terminal() {
    String out = render(CROSS_GROUP, false);
    assertThat(out).as("plain output:\n%s", out).contains("  ERROR R1  r1", "  WARN R2  r2")
        .doesNotContain("✗", "✓", "•", "\u001b[");
  }

  @Test
  void marks_and_colours_on_a_terminal() {
    String out = render(CROSS_GROUP, true);
    assertThat(out).as("terminal output:\n%s", out).contains("✗", "\u001b[").doesNotContain("ERROR R1");
  }
}
