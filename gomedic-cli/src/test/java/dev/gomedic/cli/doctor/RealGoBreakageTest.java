package dev.gomedic.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sets up real breakage in a temporary directory, confirms that the real go 1.19 fails, then checks that
 * doctor --json reports the cause and that explain, fed go's own output, names it first.
 */
class RealGoBreakageTest {
  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    return Stream.of(
        // name, go.mod (null: none), extra env, go args, doctor ID, severity, explain entry
        Arguments.of("goroot_missing", "module example.com/p\n\ngo 1.19\n", Map.of("GOROOT", "/nonexistent/go"),
            List.of("env", "GOPATH"), "GOROOT_INVALID", "error", "GOROOT_NOT_FOUND"),
        Arguments.of("no_go_mod", null, Map.of(), List.of("build", "."), "NO_MAIN_MODULE", "error", "GO_MOD_NOT_FOUND"),
        Arguments.of("gomodule_off", "module example.com/p\n\ngo 1.19\n", Map.of("GO111MODULE", "off"),
            List.of("mod", "tidy"), "GO111MODULE_OFF", "error", "MODULES_DISABLED"),
        Arguments.of("go_line_too_new", "module example.com/p\n\ngo 1.22.0\n", Map.of(), List.of("build", "."),
            "GO_VERSION_TOO_NEW", "error", "INVALID_GO_VERSION"),
        Arguments.of("missing_go_sum", "module example.com/p\n\ngo 1.19\n\nrequire golang.org/x/text v0.3.7\n", Map.of(),
            List.of("list", "-m", "all"), "GO_SUM_MISSING", "error", "MISSING_GO_SUM_ENTRY"),
        Arguments.of("relative_gopath", "module example.com/p\n\ngo 1.19\n", Map.of("GOPATH", "rel"),
            List.of("build", "."), "GOPATH_RELATIVE", "error", "GOPATH_RELATIVE"),
        Arguments.of("goflags_bad", "module example.com/p\n\ngo 1.19\n", Map.of("GOFLAGS", "mod=mod"),
            List.of("build", "."), "GOFLAGS_INVALID", "error", "GOFLAGS_UNKNOWN_FLAG"),
        Arguments.of("goflags_unknown_flag", "module example.com/p\n\ngo 1.19\n",
            Map.of("GOFLAGS", "-trimpath -onethread"), List.of("build", "."), "GOFLAGS_INVALID", "error",
            "GOFLAGS_UNKNOWN_FLAG"),
        Arguments.of("goos_typo", "module example.com/p\n\ngo 1.19\n", Map.of("GOOS", "macos"),
            List.of("build", "."), "GOOS_GOARCH_UNSUPPORTED", "error", "UNSUPPORTED_GOOS_GOARCH"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void real_go_fails_and_doctor_and_explain_name_the_cause(String name, String goMod, Map<String, String> extra,
      List<String> goArgs, String id, String severity, String entry) throws Exception {
    Path go = Oracle.requireGo();
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
    if (goMod != null) {
      Files.writeString(dir.resolve("go.mod"), goMod);
    }
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("PATH", go.getParent() + ":/usr/bin:/bin");
    env.put("GOFLAGS", "");
    env.put("GOTOOLCHAIN", "local");
    env.put("GOPROXY", "off");
    env.put("GOPATH", tmp.resolve("gopath").toString());
    env.put("GOCACHE", tmp.resolve("cache").toString());
    env.putAll(extra);
    if (env.get("GOFLAGS").isEmpty()) {
      env.remove("GOFLAGS");
    }
    String goOut = runGo(go, goArgs, dir, env);

    Map<String, String> cliEnv = new HashMap<>(env);
    cliEnv.remove("GOPROXY");
    Run doctor = cli(cliEnv, dir, "doctor", "--json");
    assertThat(doctor.out()).as("%s: doctor --json, want %s; go said: %s", name, id, goOut)
        .contains("\"id\": \"" + id + "\",\n\t\t\t\"severity\": \"" + severity + "\"");
    assertThat(doctor.code()).isEqualTo(1);

    Files.writeString(tmp.resolve("go.log"), goOut);
    Run explain = cli(cliEnv, dir, "explain", "--json", tmp.resolve("go.log").toString());
    assertThat(explain.out()).as("%s: explain of %s", name, goOut).contains("\"id\": \"" + entry + "\"");
    int firstConfirmed = explain.out().indexOf("\"status\": \"confirmed\"");
    assertThat(firstConfirmed).as("%s: a confirmed cause in %s", name, explain.out()).isPositive();
    assertThat(explain.out().substring(0, firstConfirmed)).as("%s: first confirmed cause", name)
        .contains("\"check\": \"" + id + "\"");
  }

  /**
   * A go binary copied away from its GOROOT, with GOROOT unset: go falls back to the GOROOT built into it. The
   * binaries are go 1.19's cmd/go rebuilt with GOROOT_FINAL pointing nowhere, and with -trimpath (none built in).
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({
      "final, GOROOT_NOT_FOUND, go: cannot find GOROOT directory: /opt/gomedic-missing-goroot",
      "trimpath, GOROOT_TRIMMED, go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set"})
  void go_copied_away_from_its_goroot(String variant, String entry, String goSays) throws Exception {
    Oracle.requireGo();
    Path copy = Files.createDirectories(tmp.resolve("bin")).resolve("go");
    Files.copy(dev.gomedic.testkit.GoBinaries.goCommand(variant), copy);
    copy.toFile().setExecutable(true);
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
    Files.writeString(dir.resolve("go.mod"), "module example.com/p\n\ngo 1.19\n");
    Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(), "PATH", copy.getParent() + ":/usr/bin:/bin",
        "GOTOOLCHAIN", "local", "GOPATH", tmp.resolve("gopath").toString(), "GOCACHE", tmp.resolve("cache").toString()));
    String goOut = runGo(copy, List.of("build", "."), dir, env);
    assertThat(goOut.strip()).as("what the copied go says").isEqualTo(goSays);

    Run doctor = cli(env, dir, "doctor", "--json");
    assertThat(doctor.out()).as("doctor --json; go said: %s", goOut)
        .contains("\"id\": \"GOROOT_INVALID\",\n\t\t\t\"severity\": \"error\"")
        .contains(copy.toString())
        .contains("built-in GOROOT")
        .contains(Oracle.GOROOT_119.resolve("bin").toString());
    assertThat(doctor.code()).isEqualTo(1);

    Files.writeString(tmp.resolve("go.log"), goOut);
    Run explain = cli(env, dir, "explain", "--json", tmp.resolve("go.log").toString());
    assertThat(explain.out()).as("explain of %s", goOut).contains("\"id\": \"" + entry + "\"");
    int firstConfirmed = explain.out().indexOf("\"status\": \"confirmed\"");
    assertThat(firstConfirmed).as("a confirmed cause in %s", explain.out()).isPositive();
    assertThat(explain.out().substring(0, firstConfirmed)).as("first confirmed cause")
        .contains("\"check\": \"GOROOT_INVALID\"");
  }

  /** The first go on PATH runs but is another program (go 1.19's gofmt renamed to go). */
  @org.junit.jupiter.api.Test
  void go_on_path_is_not_the_go_command() throws Exception {
    Path real = Oracle.requireGo();
    Path fake = Files.createDirectories(tmp.resolve("bin")).resolve("go");
    Files.copy(real.resolveSibling("gofmt"), fake);
    fake.toFile().setExecutable(true);
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(dir.resolve("go.mod"), "module example.com/p\n\ngo 1.19\n");
    Map<String, String> env = new HashMap<>(Map.of("HOME", Files.createDirectories(tmp.resolve("home")).toString(),
        "PATH", fake.getParent() + ":" + real.getParent() + ":/usr/bin:/bin", "GOTOOLCHAIN", "local"));
    String out = runGo(fake, List.of("version"), dir, env);
    assertThat(out).as("gofmt posing as go").doesNotContain("go version go1");
    Run doctor = cli(env, dir, "doctor", "--json");
    assertThat(doctor.out()).as("doctor --json; the fake go said: %s", out)
        .contains("\"id\": \"GO_NOT_EXECUTABLE\",\n\t\t\t\"severity\": \"error\"")
        .contains("main package is cmd/gofmt");
    assertThat(doctor.code()).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void healthy_real_setup_has_no_errors_and_no_warnings() throws Exception {
    Path go = Oracle.requireGo();
    Path dir = Files.createDirectories(tmp.resolve("ok"));
    Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
    Files.writeString(dir.resolve("go.mod"), "module example.com/ok\n\ngo 1.19\n");
    Map<String, String> env = new HashMap<>(Map.of("HOME", Files.createDirectories(tmp.resolve("h")).toString(),
        "PATH", go.getParent() + ":/usr/bin:/bin", "GOTOOLCHAIN", "local", "GOPROXY", "off",
        "GOCACHE", tmp.resolve("cache").toString()));
    ProcessBuilder pb = new ProcessBuilder(go.toString(), "build", "-o", tmp.resolve("ok.bin").toString(), ".")
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("go build: %s", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    env.remove("GOPROXY");
    Run r = cli(env, dir, "doctor", "--fail-on", "warning");
    assertThat(r.code()).as("doctor on a healthy setup:\n%s", r.out()).isZero();
    assertThat(r.out()).startsWith("OK no problems found").contains("go1.19.8");
  }

  record Run(int code, String out) {}

  Run cli(Map<String, String> env, Path dir, String... args) {
    StringWriter o = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(o, true), new PrintWriter(new StringWriter(), true), new CliContext(env, dir, false));
    return new Run(code, o.toString());
  }

  static String runGo(Path go, List<String> args, Path dir, Map<String, String> env) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of(go.toString()));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("go " + args + " did not finish within 60 s");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("go %s should fail; output: %s", args, out).isNotZero();
    return out;
  }
}
