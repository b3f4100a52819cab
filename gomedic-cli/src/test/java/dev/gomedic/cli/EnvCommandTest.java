package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvCommandTest {
  @TempDir Path tmp;

  private record Out(int code, String out, String err) {}

  private Out gomedic(Map<String, String> env, Path wd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(out), new PrintWriter(err), new CliContext(env, wd, false));
    return new Out(code, out.toString(), err.toString());
  }

  private String go(Map<String, String> env, Path wd, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Oracle.requireGo().toString());
    pb.command().addAll(List.of(args));
    pb.directory(wd.toFile()).environment().clear();
    pb.environment().putAll(env);
    Path out = tmp.resolve("go.out");
    pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("go finished").isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private Map<String, String> env() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    return Map.of("HOME", home.toString(), "PATH", Oracle.GOROOT_119.resolve("bin") + ":/usr/bin:/bin",
        "GOPRIVATE", "*.corp");
  }

  @Test
  void textOutputIsByteForByteGoEnvExceptTheTempDir() throws Exception {
    Map<String, String> env = env();
    Path wd = tmp.resolve("home");
    String want = go(env, wd, "env").replaceAll("go-build[0-9]+", "go-build");
    Out got = gomedic(env, wd, "env");
    assertThat(got.code()).as("exit code, stderr %s", got.err()).isZero();
    assertThat(got.out()).isEqualTo(want);
  }

  @Test
  void namedVariablesPrintValuesOnePerLine() throws Exception {
    Map<String, String> env = env();
    Path wd = tmp.resolve("home");
    String[] args = {"env", "GOPATH", "GONOSUMDB", "NOT_A_GO_VAR", "GOMOD"};
    assertThat(gomedic(env, wd, args).out()).isEqualTo(go(env, wd, args));
    String[] json = {"env", "-json", "GOROOT", "GOPROXY"};
    assertThat(gomedic(env, wd, json).out()).isEqualTo(go(env, wd, json));
  }

  @Test
  void explainGivesProvenanceForEveryVariable() throws Exception {
    Map<String, String> env = env();
    Out got = gomedic(env, tmp.resolve("home"), "env", "--explain");
    assertThat(got.code()).isZero();
    long vars = got.out().lines().filter(l -> l.matches("[A-Z0-9_]+ += .*")).count();
    long froms = got.out().lines().filter(l -> l.trim().startsWith("source: ")).count();
    assertThat(vars).as("variables listed").isGreaterThan(35);
    assertThat(froms).as("provenance lines").isEqualTo(vars);
    assertThat(got.out()).contains("GONOPROXY", "derived from GOPRIVATE", "OS environment");
  }

  @Test
  void goFailureIsOneLineWithGosExitStatus() throws Exception {
    Map<String, String> env = new java.util.HashMap<>(env());
    env.put("GOROOT", tmp.resolve("missing").toString());
    Out got = gomedic(env, tmp.resolve("home"), "env");
    // go 1.19 exits 2 here (cmd/go's main checks GOROOT before any command): EnvDifferentialTest compares
    assertThat(got.code()).as("exit code: got %d, want go's 2", got.code()).isEqualTo(2);
    assertThat(gomedic(env, tmp.resolve("home"), "env", "--explain").code()).as("exit code of env --explain")
        .isEqualTo(2);
    assertThat(got.err()).contains("go: cannot find GOROOT directory: " + tmp.resolve("missing"));
  }

  @Test
  void dirAndGoOptions() throws Exception {
    Map<String, String> env = Map.of("HOME", tmp.toString(), "PATH", "/nonexistent");
    Files.createDirectories(tmp.resolve("m/sub"));
    Files.writeString(tmp.resolve("m/go.mod"), "module m\n");
    Out got = gomedic(env, tmp, "env", "--go", Oracle.requireGo().toString(), "--dir", "m/sub", "GOMOD",
        "GOROOT");
    assertThat(got.out()).isEqualTo(tmp.resolve("m/go.mod") + "\n" + Oracle.GOROOT_119 + "\n");
    // Without --go and with no go on PATH, the newest installed go answers, and stderr says which.
    Out none = gomedic(env, tmp, "env", "GOROOT");
    assertThat(none.code()).as("exit code, stderr %s", none.err()).isZero();
    assertThat(none.out()).isEqualTo(Oracle.GOROOT_119 + "\n");
    assertThat(none.err()).contains("no go on PATH");
  }

  @Test
  void whichGoListsPathAndWellKnownInstalls() throws Exception {
    Oracle.requireGo();
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("go"), Oracle.GOROOT_119.resolve("bin/go"));
    Map<String, String> env = Map.of("HOME", tmp.toString(),
        "PATH", bin + ":" + Oracle.GOROOT_119.resolve("bin") + ":/usr/bin");
    Out got = gomedic(env, tmp, "which-go");
    assertThat(got.out()).startsWith("* " + bin.resolve("go") + " -> " + Oracle.GOROOT_119.resolve("bin/go"));
    assertThat(got.out()).contains("version go1.19", "GOROOT " + Oracle.GOROOT_119, "on PATH #1");
    Out json = gomedic(env, tmp, "which-go", "-json");
    assertThat(json.out()).contains("\"OnPath\": true", "\"PathIndex\": 0");
  }

  @Test
  void withoutGoOnPathTheNewestInstalledGoAnswersAndSaysSo() throws Exception {
    Oracle.requireGo();
    Path home = Files.createDirectories(tmp.resolve("home"));
    // No Go directory on PATH; Debian's go 1.19 is at a well-known location (/usr/lib/go-1.19).
    Map<String, String> env = Map.of("HOME", home.toString(), "PATH", "/usr/bin:/bin");
    Out got = gomedic(env, home, "env", "GOROOT", "GOVERSION");
    assertThat(got.code()).as("exit code, stderr %s", got.err()).isZero();
    assertThat(got.out()).as("GOROOT and GOVERSION").isEqualTo(Oracle.GOROOT_119 + "\ngo1.19.8\n");
    assertThat(got.err()).as("stderr").startsWith("gomedic: warning: no go on PATH; showing the environment of ")
        .contains("go1.19.8").endsWith("which is not on PATH\n");
  }
}
