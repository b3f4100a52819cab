package dev.gomedic.doctor.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario under src/test/resources/checks/ against its check on a simulated host. */
class CheckScenariosTest {
  static List<Scenario> scenarios() throws IOException, URISyntaxException {
    Path dir = Path.of(CheckScenariosTest.class.getResource("/checks").toURI());
    List<Scenario> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (f.toString().endsWith(".txtar")) {
          all.add(Scenario.read(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    }
    return all;
  }

  static final Map<String, Check> CHECKS = Checks.all().stream().collect(Collectors.toMap(Check::id, Function.identity()));

  @TestFactory
  Stream<DynamicTest> scenarios_fire_as_expected() throws Exception {
    return scenarios().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
      Check c = CHECKS.get(s.check());
      assertThat(c).as("check %s of %s exists", s.check(), s.name()).isNotNull();
      List<Finding> found = c.run(s.context());
      assertThat(!found.isEmpty()).as("%s: fired = %s, want %s; findings %s", s.name(), !found.isEmpty(), s.fires(), found)
          .isEqualTo(s.fires());
      if (s.fires()) {
        Finding f = found.get(0);
        assertThat(f.id()).isEqualTo(s.check());
        if (!s.severity().isEmpty()) {
          assertThat(f.severity().label()).as("%s: severity", s.name()).isEqualTo(s.severity());
        }
        String ev = f.evidence().stream().map(Evidence::toString).collect(Collectors.joining("\n"));
        for (String want : s.evidence()) {
          assertThat(ev).as("%s: evidence %s, want it to contain %s", s.name(), ev, want).contains(want);
        }
        assertThat(f.fixes()).as("%s: fixes", s.name()).isNotEmpty();
        for (String[] want : s.fixes()) {
          dev.gomedic.doctor.Shell shell = dev.gomedic.doctor.Shell.ofName(want[0]);
          String got = f.fixes().stream().map(x -> x.command(shell)).collect(Collectors.joining("\n"));
          assertThat(got).as("%s: %s fixes %s, want one containing %s", s.name(), want[0], got, want[1]).contains(want[1]);
        }
        assertThat(f.detail()).as("%s: detail", s.name()).isNotBlank();
      }
    }));
  }

  @Test
  void every_check_has_a_firing_and_a_quiet_scenario() throws Exception {
    Set<String> fire = new TreeSet<>();
    Set<String> quiet = new TreeSet<>();
    for (Scenario s : scenarios()) {
      (s.fires() ? fire : quiet).add(s.check());
    }
    Set<String> missing = new TreeSet<>();
    for (String id : CHECKS.keySet()) {
      if (!fire.contains(id) || !quiet.contains(id)) {
        missing.add(id);
      }
    }
    assertThat(missing).as("checks without both a firing and a quiet scenario: got %s, want none", missing).isEmpty();
  }

  @Test
  void ids_are_unique_and_upper_snake() {
    List<String> ids = Checks.all().stream().map(Check::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allMatch(id -> id.matches("[A-Z][A-Z0-9_]+"));
  }
}
