package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command, given the mistakes a user makes (an unknown flag, each option with a junk value and nothing
 * else, a missing argument), answers with exit 1 or 2 and words, never a Java class name or a stack trace.
 */
class NoJavaNamesTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> mistakes() {
    List<DynamicTest> all = new ArrayList<>();
    CommandLine root = Gomedic.model(new CliContext(Map.of(), Path.of("/"), false));
    for (List<String> path : HelpTreeTest.nodes()) {
      CommandLine at = root;
      for (String w : path) {
        at = at.getSubcommands().get(w);
      }
      List<List<String>> lines = new ArrayList<>();
      lines.add(with(path, "--no-such-flag"));
      for (OptionSpec o : at.getCommandSpec().options()) {
        if (o.arity().max() > 0 && !o.usageHelp() && !o.versionHelp()) {
          lines.add(with(path, o.longestName(), "\u0001junk/../\u00ff"));
          lines.add(with(path, o.longestName())); // the value missing
        }
      }
      for (List<String> line : lines) {
        all.add(DynamicTest.dynamicTest(String.join(" ", line), () -> check(line)));
      }
    }
    return all.stream();
  }

  private static List<String> with(List<String> path, String... more) {
    List<String> l = new ArrayList<>(path);
    l.addAll(List.of(more));
    return l;
  }

  private void check(List<String> line) {
    Map<String, String> env = Map.of("HOME", tmp.toString(), "GOMEDIC_HOME", tmp.resolve("gm").toString(),
        "PATH", "/usr/bin:/bin", "GOMEDIC_RELEASES_URL", "http://127.0.0.1:9/releases.json",
        "GOMEDIC_DOWNLOAD_BASE", "http://127.0.0.1:9/");
    CliRun r = CliRun.in(tmp, env, line.toArray(String[]::new));
    String shown = String.join(" ", line);
    assertThat(r.code()).as("exit code of gomedic %s (stderr %s): got %d, want 0, 1 or 2", shown, r.err(), r.code())
        .isBetween(0, 2);
    assertThat(r.err()).as("stderr of gomedic %s", shown).doesNotContain("java.", "Exception", "\tat ",
        "internal error");
  }
}
