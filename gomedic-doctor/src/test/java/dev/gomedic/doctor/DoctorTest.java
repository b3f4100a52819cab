package dev.gomedic.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.host.GoOs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoctorTest {
  record Fake(String id, Severity severity, Set<String> explains, Behaviour behaviour) implements Check {
    interface Behaviour {
      List<Finding> run(Check self) throws Exception;
    }

    @Override
    public Group group() {
      return Group.MODULES;
    }

    @Override
    public String title() {
      return id.toLowerCase();
    }

    @Override
    public List<Finding> run(DoctorContext context) throws Exception {
      return behaviour.run(this);
    }
  }

  static Fake firing(String id, Severity s, String... explains) {
    return new Fake(id, s, Set.of(explains), self -> List.of(self.finding("d", List.of(), List.of())));
  }

  static final DoctorContext CTX =
      HostContext.of(Map.of(), Path.of("/nonexistent-gomedic-test"), GoOs.LINUX, "amd64", Optional.empty());

  @Test
  void root_cause_comes_first_even_when_milder() {
    Report r = Doctor.run(CTX, List.of(firing("SYMPTOM", Severity.ERROR), firing("ROOT", Severity.WARNING, "SYMPTOM")),
        List.of(), Duration.ofSeconds(2));
    assertThat(r.findings()).extracting(Finding::id).as("order").containsExactly("ROOT", "SYMPTOM");
    assertThat(r.explainedBy(r.findings().get(1))).containsExactly("ROOT");
  }

  @Test
  void errors_before_warnings_otherwise() {
    Report r = Doctor.run(CTX, List.of(firing("W", Severity.WARNING), firing("E", Severity.ERROR)), List.of(), Duration.ofSeconds(2));
    assertThat(r.findings()).extracting(Finding::id).containsExactly("E", "W");
  }

  @Test
  void a_throwing_check_is_reported_broken_not_dropped() {
    Fake bad = new Fake("BAD", Severity.ERROR, Set.of(), self -> {
      throw new IllegalStateException("boom");
    });
    Report r = Doctor.run(CTX, List.of(bad), List.of(), Duration.ofSeconds(2));
    assertThat(r.broken()).hasSize(1);
    assertThat(r.broken().get(0).reason()).isEqualTo("BAD: check failed: boom");
    assertThat(r.failsAt(Severity.ERROR)).isTrue();
  }

  @Test
  void a_hanging_check_times_out() {
    Fake slow = new Fake("SLOW", Severity.ERROR, Set.of(), self -> {
      Thread.sleep(60_000);
      return List.of();
    });
    long t0 = System.nanoTime();
    Report r = Doctor.run(CTX, List.of(slow, firing("OK", Severity.INFO)), List.of(), Duration.ofMillis(200));
    assertThat((System.nanoTime() - t0) / 1_000_000).as("elapsed ms").isLessThan(5_000);
    assertThat(r.broken()).extracting(Outcome.Broken::reason).containsExactly("SLOW: did not finish within 200 ms");
    assertThat(r.findings()).extracting(Finding::id).containsExactly("OK");
  }

  @Test
  void only_filters_and_rejects_unknown_ids() {
    Report r = Doctor.run(CTX, List.of(firing("A", Severity.ERROR), firing("B", Severity.ERROR)), List.of("B"), Duration.ofSeconds(2));
    assertThat(r.outcomes()).extracting(o -> o.check().id()).containsExactly("B");
    assertThatThrownBy(() -> Doctor.run(CTX, List.of(firing("A", Severity.ERROR)), List.of("NOPE"), Duration.ofSeconds(1)))
        .hasMessage("--only: unknown check ID NOPE");
  }

  @Test
  void fail_on_threshold() {
    Report r = Doctor.run(CTX, List.of(firing("W", Severity.WARNING)), List.of(), Duration.ofSeconds(2));
    assertThat(r.failsAt(Severity.ERROR)).isFalse();
    assertThat(r.failsAt(Severity.WARNING)).isTrue();
  }

  @Test
  void fixes_are_quoted_per_shell() {
    Fix f = Fix.goEnvWrite("x", "GOPROXY", "https://proxy.golang.org,direct");
    assertThat(f.command(Shell.POSIX)).isEqualTo("go env -w GOPROXY=https://proxy.golang.org,direct");
    assertThat(f.command(Shell.POWERSHELL)).isEqualTo("go env -w GOPROXY='https://proxy.golang.org,direct'");
    assertThat(f.goArgs()).containsExactly("env", "-w", "GOPROXY=https://proxy.golang.org,direct");
    assertThat(Fix.unsetVar("x", "GOROOT").command(Shell.FISH)).isEqualTo("set -e GOROOT; set -Ue GOROOT");
    assertThat(Fix.unsetVar("x", "GOROOT").applicable()).isFalse();
    Fix p = Fix.addToPath("x", "/usr/local/go/bin", true);
    assertThat(p.command(Shell.POSIX)).startsWith("export PATH=\"/usr/local/go/bin:$PATH\"");
    assertThat(p.command(Shell.FISH)).isEqualTo("fish_add_path /usr/local/go/bin");
  }
}
