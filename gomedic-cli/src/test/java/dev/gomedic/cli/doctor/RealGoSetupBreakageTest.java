package dev.gomedic.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import dev.gomedic.testkit.GoBinaries;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real breakage that needs more than a go.mod and an environment variable (a foreign go binary on PATH, a stale
 * vendor directory, cgo without a C compiler, GOROOT set to the project, GOPATH equal to GOROOT, a go.mod in
 * $HOME, GOSUMDB=off): each is set up for real, the real go 1.19 (or the shell) must fail
 * with the message we expect, then doctor --json must report the cause and explain, fed that output, must name it
 * as its first confirmed cause.
 */
class RealGoSetupBreakageTest {
  @TempDir Path tmp;

  @Test
  void go_for_another_architecture_first_on_path() throws Exception {
    Oracle.requireGo();
    // linux/arm64 cannot run on this amd64 host (386 could); the kernel answers ENOEXEC unless an emulator is
    // registered with binfmt_misc, which the shell's output below would reveal.
    Path foreign = GoBinaries.build(new GoBinaries.Target("linux", "arm64", "", List.of()));
    Path root = Files.createDirectories(tmp.resolve("goarm64"));
    Path bin = Files.createDirectories(root.resolve("bin"));
    Files.copy(foreign, bin.resolve("go"));
    Files.setPosixFilePermissions(bin.resolve("go"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(root.resolve("VERSION"), "go1.19.8\n");
    Path dir = project("module example.com/p\n\ngo 1.19\n");
    // No other go on PATH: dash, on ENOEXEC, quietly goes on searching PATH and would run a later go.
    Map<String, String> env = env(bin + ":/usr/bin:/bin");
    assertThat(Files.exists(Path.of("/usr/bin/go")) || Files.exists(Path.of("/bin/go")))
        .as("a go in /usr/bin or /bin would hide the failure from dash").isFalse();

    String out = run(List.of("/bin/sh", "-c", "go version"), dir, env);
    assertThat(out).as("sh -c 'go version' with a linux/arm64 go first on PATH").containsIgnoringCase("exec format error");

    expect(env, dir, out, "GO_WRONG_ARCH", "error", "EXEC_FORMAT_ERROR");
  }

  @Test
  void vendor_modules_txt_out_of_date() throws Exception {
    Path go = Oracle.requireGo();
    Path dir = project("module example.com/p\n\ngo 1.19\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"example.com/lib\"\n\nfunc main() { println(lib.X()) }\n");
    for (String d : List.of("lib", "lib2")) {
      Files.createDirectories(dir.resolve(d));
      Files.writeString(dir.resolve(d).resolve("go.mod"), "module example.com/lib\n\ngo 1.19\n");
      Files.writeString(dir.resolve(d).resolve("lib.go"), "package lib\n\nfunc X() int { return 1 }\n");
    }
    Map<String, String> env = env(go.getParent() + ":/usr/bin:/bin");
    Result vendored = exec(List.of(go.toString(), "mod", "vendor"), dir, env);
    assertThat(vendored.code()).as("go mod vendor: %s", vendored.out()).isZero();
    // go.mod moves on (a merge points the replacement elsewhere); vendor/ is not regenerated.
    Files.writeString(dir.resolve("go.mod"),
        "module example.com/p\n\ngo 1.19\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ./lib2\n");

    String out = run(List.of(go.toString(), "build", "-o", tmp.resolve("p.bin").toString(), "."), dir, env);
    assertThat(out).contains("go: inconsistent vendoring in ");

    expect(env, dir, out, "VENDOR_INCONSISTENT", "error", "INCONSISTENT_VENDORING");
  }

  @Test
  void cgo_enabled_without_a_c_compiler() throws Exception {
    Path go = Oracle.requireGo();
    Path dir = project("module example.com/p\n\ngo 1.19\n");
    Files.writeString(dir.resolve("main.go"),
        "package main\n\n// int one(void) { return 1; }\nimport \"C\"\n\nfunc main() { println(C.one()) }\n");
    // Only go's own bin directory on PATH: no gcc, no cc.
    Map<String, String> env = env(go.getParent().toString());
    env.put("CGO_ENABLED", "1");

    String out = run(List.of(go.toString(), "build", "-o", tmp.resolve("p.bin").toString(), "."), dir, env);
    assertThat(out).contains("cgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH");

    expect(env, dir, out, "CGO_NO_COMPILER", "error", "CGO_NO_COMPILER");
  }

  @Test
  void goroot_set_to_the_project_directory() throws Exception {
    Path go = Oracle.requireGo();
    Path dir = project("module example.com/p\n\ngo 1.19\n");
    Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println() }\n");
    Map<String, String> env = env(go.getParent() + ":/usr/bin:/bin");
    env.put("GOROOT", dir.toString());

    String out = run(List.of(go.toString(), "build", "-o", tmp.resolve("p.bin").toString(), "."), dir, env);
    assertThat(out).contains("package fmt is not in GOROOT (" + dir.resolve("src").resolve("fmt") + ")");

    expect(env, dir, out, "GOROOT_INVALID", "error", "PACKAGE_NOT_IN_GOROOT");
  }

  @Test
  void gopath_equal_to_goroot() throws Exception {
    Path go = Oracle.requireGo();
    Path dir = project("module example.com/p\n\ngo 1.19\n");
    Map<String, String> env = env(go.getParent() + ":/usr/bin:/bin");
    env.put("GOPATH", Oracle.GOROOT_119.toString());

    // go 1.19 warns and goes on (module downloads would then land in GOROOT/pkg/mod).
    Result r = exec(List.of(go.toString(), "build", "-o", tmp.resolve("p.bin").toString(), "."), dir, env);
    assertThat(r.out()).as("go build with GOPATH=GOROOT (exit %s)", r.code())
        .contains("warning: GOPATH set to GOROOT (" + Oracle.GOROOT_119 + ") has no effect");

    expect(env, dir, r.out(), "GOROOT_EQUALS_GOPATH", "warning", "GOPATH_IS_GOROOT");
  }

  @Test
  void stray_go_mod_in_home_captures_the_project() throws Exception {
    Path go = Oracle.requireGo();
    Map<String, String> env = env(go.getParent() + ":/usr/bin:/bin");
    Path home = Path.of(env.get("HOME"));
    Files.writeString(home.resolve("go.mod"), "module example.com/home\n\ngo 1.19\n");
    Path dir = Files.createDirectories(home.resolve("src").resolve("proj"));
    Files.writeString(dir.resolve("main.go"), "package main\n\nimport \"rsc.io/quote\"\n\nfunc main() { quote.Hello() }\n");

    String out = run(List.of(go.toString(), "build", "-o", tmp.resolve("p.bin").toString(), "."), dir, env);
    assertThat(out).contains("no required module provides package rsc.io/quote; to add it:");

    expect(env, dir, out, "STRAY_GO_MOD", "warning", "NO_REQUIRED_MODULE");
  }

  @Test
  void gosumdb_off() throws Exception {
    Path go = Oracle.requireGo();
    Path dir = project("module example.com/p\n\ngo 1.19\n");
    Map<String, String> env = env(go.getParent() + ":/usr/bin:/bin");
    env.put("GOSUMDB", "off");
    // Nothing fails: go silently stops verifying new modules against the checksum database.
    Result r = exec(List.of(go.toString(), "env", "GOSUMDB", "GONOSUMDB"), dir, env);
    assertThat(r.code()).isZero();
    assertThat(r.out()).as("go env GOSUMDB GONOSUMDB").isEqualTo("off\n\n");

    Map<String, String> cliEnv = new HashMap<>(env);
    cliEnv.remove("GOPROXY");
    Cli doctor = cli(cliEnv, dir, "doctor", "--json");
    assertThat(doctor.out()).as("doctor --json, want GOSUMDB_OFF (warning)")
        .contains("\"id\": \"GOSUMDB_OFF\",\n\t\t\t\"severity\": \"warning\"");
    assertThat(doctor.code()).as("doctor exit code: warnings pass unless --fail-on warning").isZero();
    assertThat(cli(cliEnv, dir, "doctor", "--fail-on", "warning").code()).as("with --fail-on warning").isEqualTo(1);
  }

  private Path project(String goMod) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {}\n");
    Files.writeString(dir.resolve("go.mod"), goMod);
    return dir;
  }

  private Map<String, String> env(String path) throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.put("PATH", path);
    env.put("GOTOOLCHAIN", "local");
    env.put("GOPROXY", "off");
    env.put("GOPATH", tmp.resolve("gopath").toString());
    env.put("GOCACHE", tmp.resolve("cache").toString());
    return env;
  }

  /** doctor --json reports {@code id} at {@code severity}; explain of {@code out} matches {@code entry} with {@code id} as the first confirmed cause. */
  private void expect(Map<String, String> env, Path dir, String out, String id, String severity, String entry)
      throws IOException {
    Map<String, String> cliEnv = new HashMap<>(env);
    cliEnv.remove("GOPROXY");
    Cli doctor = cli(cliEnv, dir, "doctor", "--json");
    assertThat(doctor.out()).as("doctor --json, want %s (%s); the failure was: %s", id, severity, out)
        .contains("\"id\": \"" + id + "\",\n\t\t\t\"severity\": \"" + severity + "\"");
    assertThat(doctor.code()).as("doctor exit code for a finding at %s", severity)
        .isEqualTo(severity.equals("error") ? 1 : 0);

    Path log = tmp.resolve("failure.log");
    Files.writeString(log, out);
    Cli explain = cli(cliEnv, dir, "explain", "--json", log.toString());
    assertThat(explain.out()).as("explain of %s, want entry %s", out, entry).contains("\"id\": \"" + entry + "\"");
    int firstConfirmed = explain.out().indexOf("\"status\": \"confirmed\"");
    assertThat(firstConfirmed).as("a confirmed cause in %s", explain.out()).isPositive();
    assertThat(explain.out().substring(0, firstConfirmed)).as("first confirmed cause, want %s", id)
        .contains("\"check\": \"" + id + "\"");
  }

  record Cli(int code, String out) {}

  static Cli cli(Map<String, String> env, Path dir, String... args) {
    StringWriter o = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(o, true), new PrintWriter(new StringWriter(), true),
        new CliContext(env, dir, false));
    return new Cli(code, o.toString());
  }

  record Result(int code, String out) {}

  /** Runs {@code cmd} in a clean environment with a 120 s limit; stdout and stderr together. */
  static Result exec(List<String> cmd, Path dir, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(cmd + " did not finish within 120 s");
    }
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** Like {@link #exec} but the command must fail; returns its output. */
  static String run(List<String> cmd, Path dir, Map<String, String> env) throws IOException, InterruptedException {
    Result r = exec(cmd, dir, env);
    assertThat(r.code()).as("%s should fail; output: %s", cmd, r.out()).isNotZero();
    return r.out();
  }
}
