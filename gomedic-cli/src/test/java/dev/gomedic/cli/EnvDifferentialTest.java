package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code go env -json} (the real go 1.19) and {@code gomedic env -json} with the same clean environment
 * and working directory for each scenario in {@link EnvScenarios}, and requires every key go prints to be
 * equal (GOGCCFLAGS up to the random part of its temporary directory). When go refuses to run, gomedic must
 * fail too, with go's message.
 */
class EnvDifferentialTest {
  @TempDir static Path root;
  private static int scenarios;
  private static int keys;

  @BeforeAll
  static void reset() {
    scenarios = 0;
    keys = 0;
  }

  @AfterAll
  static void summary() {
    System.out.println("compared " + scenarios + " scenarios, " + keys + " keys");
  }

  @TestFactory
  Stream<DynamicTest> goEnvMatches() {
    Path go = Oracle.requireGo();
    List<EnvScenarios.Scenario> all = EnvScenarios.all();
    assertThat(all.size()).as("scenario count").isGreaterThanOrEqualTo(40);
    return all.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> run(go, s)));
  }

  private void run(Path go, EnvScenarios.Scenario s) throws Exception {
    Path base = Files.createTempDirectory(root, "s");
    EnvScenarios.Layout layout = new EnvScenarios.Layout(base, go.getParent().getParent());
    s.setup().accept(layout);
    Map<String, String> env = new LinkedHashMap<>();
    s.env().forEach((k, v) -> env.put(k, layout.expand(v)));
    Path wd = base.resolve(s.cwd());
    Files.createDirectories(wd);

    Result real = runGo(layout.expand(s.goCommand()), env, wd);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gomedic.run(new String[] {"env", "-json"}, new PrintWriter(out), new PrintWriter(err),
        new CliContext(env, wd, false));
    scenarios++;
    if (real.code != 0) {
      String firstLine = real.stderr.lines().filter(l -> !l.startsWith("warning:")).findFirst().orElse("");
      assertThat(code).as("exit code when go fails with %s (gomedic stderr %s): got %d, want go's %d", real.stderr,
          err, code, real.code).isEqualTo(real.code);
      assertThat(err.toString()).as("gomedic's message; go said %s", real.stderr).contains(firstLine);
      keys++;
      return;
    }
    assertThat(code).as("gomedic exit code; stderr: %s", err).isZero();
    Map<String, String> want = FlatJson.parse(real.stdout);
    Map<String, String> got = FlatJson.parse(out.toString());
    assertThat(got.keySet()).as("keys: got %s, want %s", got.keySet(), want.keySet())
        .containsExactlyElementsOf(want.keySet());
    List<String> diffs = new ArrayList<>();
    for (Map.Entry<String, String> e : want.entrySet()) {
      String w = e.getValue();
      String g = got.get(e.getKey());
      if (e.getKey().equals("GOGCCFLAGS")) {
        w = w.replaceAll("go-build[0-9]+", "go-build");
        g = g.replaceAll("go-build[0-9]+", "go-build");
      }
      if (!w.equals(g)) {
        diffs.add(e.getKey() + ": got \"" + g + "\", want \"" + w + "\"");
      }
      keys++;
    }
    assertThat(diffs).as("mismatches in scenario %s", s.name()).isEmpty();
  }

  private record Result(int code, String stdout, String stderr) {}

  private static Result runGo(String goCommand, Map<String, String> env, Path wd) throws IOException,
      InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(goCommand, "env", "-json").directory(wd.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path outFile = Files.createTempFile(root, "out", ".json");
    Path errFile = Files.createTempFile(root, "err", ".txt");
    pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("go env timed out");
    }
    return new Result(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
        Files.readString(errFile, StandardCharsets.UTF_8));
  }

  static void executable(Path p) throws IOException {
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
