package dev.gomedic.cli.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import dev.gomedic.testkit.release.Fixtures;
import dev.gomedic.testkit.release.ReleaseServer;
import dev.gomedic.toolchain.verify.Sha256;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The whole tour against a loopback release server: install, exec, use, pin, which, list, shell-init, uninstall. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToolchainCliTest {
  ReleaseServer server;
  Path dir;
  Path home;
  Map<String, String> env = new HashMap<>();

  record Result(int code, String out, String err) {}

  @BeforeAll
  void setUp() throws Exception {
    Path archive = Fixtures.go119Archive();
    dir = Files.createTempDirectory("gm-tc-cli");
    home = dir.resolve("gomedic-home");
    server = new ReleaseServer();
    server.serve("go1.19.8.linux-amd64.tar.gz", archive, ReleaseServer.Mode.NORMAL);
    Path index = dir.resolve("releases.json");
    Files.writeString(index, "[{\"version\":\"go1.19.8\",\"stable\":true,\"files\":[{\"filename\":"
        + "\"go1.19.8.linux-amd64.tar.gz\",\"os\":\"linux\",\"arch\":\"amd64\",\"version\":\"go1.19.8\","
        + "\"sha256\":\"" + Sha256.of(archive) + "\",\"size\":" + Files.size(archive) + ",\"kind\":\"archive\"}]}]");
    server.serve("releases.json", index, ReleaseServer.Mode.NORMAL);
    Path tmpHome = dir.resolve("user");
    Files.createDirectories(tmpHome);
    env.put("HOME", tmpHome.toString());
    env.put("PATH", "/usr/bin:/bin");
    env.put("GOMEDIC_HOME", home.toString());
    env.put("GOMEDIC_RELEASES_URL", server.base() + "releases.json");
    env.put("GOMEDIC_DOWNLOAD_BASE", server.base().toString());
    env.put("GOFLAGS", "");
    env.put("GOPROXY", "off");
    env.put("GOCACHE", dir.resolve("gocache").toString());
    env.put("GOMODCACHE", dir.resolve("gomod").toString());
    env.put("GOPATH", dir.resolve("gopath").toString());
  }

  @AfterAll
  void tearDown() throws Exception {
    if (server != null) {
      server.close();
    }
    dev.gomedic.toolchain.install.Installer.deleteTree(dir);
  }

  Result run(Path cwd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        new CliContext(env, cwd, false));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void tour() throws Exception {
    Result refused = run(dir, "toolchain", "install", "1.19.8", "--os", "linux", "--arch", "amd64");
    assertThat(refused.code()).as("install without --trust-catalog: %s", refused.err()).isEqualTo(1);
    assertThat(refused.err()).contains("differs from the embedded snapshot's e1a0bf0ab18c");
    assertThat(home.resolve("toolchains/go1.19.8")).doesNotExist();

    Result install = run(dir, "toolchain", "install", "1.19.8", "--os", "linux", "--arch", "amd64",
        "--trust-catalog");
    assertThat(install.code()).as("install: %s", install.err()).isZero();
    assertThat(install.out()).startsWith("installed go1.19.8 (linux/amd64, go1.19.8.linux-amd64.tar.gz, sha256 ");
    assertThat(install.err()).contains("--trust-catalog: the catalog's checksum was NOT cross-checked");

    Result version = run(dir, "exec", "1.19.8", "--", "go", "version");
    assertThat(version.out()).as("err: %s", version.err()).isEqualTo("go version go1.19.8 linux/amd64\n");
    assertThat(version.code()).isZero();

    Path prog = dir.resolve("prog");
    Files.createDirectories(prog);
    Files.writeString(prog.resolve("go.mod"), "module example.com/hello\n\ngo 1.19\n");
    Files.writeString(prog.resolve("main.go"), "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
    Result build = run(prog, "exec", "--", "go", "build", "-o", "hello", ".");
    assertThat(build.code()).as("go build via go.mod's go line: %s", build.err()).isZero();
    assertThat(prog.resolve("hello")).isExecutable();

    Result goroot = run(prog, "exec", "--", "go", "env", "GOROOT");
    assertThat(goroot.out()).isEqualTo(home.resolve("toolchains/go1.19.8") + "\n");
    env.put("GOROOT", "/somewhere/else");
    Result vars = run(prog, "exec", "--", "sh", "-c", "echo \"GOTOOLCHAIN=$GOTOOLCHAIN GOROOT=${GOROOT-unset}\"");
    env.remove("GOROOT");
    assertThat(vars.out()).isEqualTo("GOTOOLCHAIN=local GOROOT=unset\n");

    assertThat(run(dir, "toolchain", "use", "1.19.8").out()).isEqualTo("default: go1.19.8\n");
    assertThat(run(dir, "toolchain", "list").out()).startsWith("installed by gomedic (" + home.resolve("toolchains")
        + "):\n* go1.19.8  " + home.resolve("toolchains/go1.19.8") + "\nelsewhere on this machine:\n");
    assertThat(run(dir, "toolchain", "which").out()).isEqualTo(home.resolve("toolchains/go1.19.8/bin/go") + "\n");
    assertThat(run(dir, "toolchain", "which", "--dir").out()).isEqualTo(home.resolve("toolchains/go1.19.8") + "\n");

    Path pinned = dir.resolve("pinned");
    Files.createDirectories(pinned);
    assertThat(run(pinned, "toolchain", "pin", "1.20").code()).isZero();
    assertThat(pinned.resolve(".go-version")).hasContent("1.20.0");
    Result which = run(pinned, "toolchain", "which");
    assertThat(which.code()).isEqualTo(1);
    assertThat(which.err()).isEqualTo("gomedic: go1.20 is not installed (selected by .go-version): run 'gomedic"
        + " toolchain install 1.20'\n");

    // shell-init: bash's hook finds the default release without starting a JVM.
    Result init = run(dir, "shell-init", "bash");
    Path script = dir.resolve("init.bash");
    Files.writeString(script, init.out());
    String bash = bash(dir, "source " + script + "; command -v go; cd " + pinned + "; _gomedic_hook;"
        + " command -v go || echo none");
    assertThat(bash).isEqualTo(home.resolve("toolchains/go1.19.8/bin/go") + "\nnone\n");

    Result rm = run(dir, "toolchain", "uninstall", "1.19.8");
    assertThat(rm.code()).isZero();
    assertThat(run(dir, "toolchain", "list").out()).startsWith("installed by gomedic (" + home.resolve("toolchains")
        + "):\n  none yet: 'gomedic toolchain install 1.22' installs the newest Go 1.22\nelsewhere on this machine:\n");
    try (var s = Files.list(home.resolve("toolchains"))) {
      assertThat(s.toList()).isEmpty();
    }
  }

  @Test
  void shellInitWriteBacksUpTheProfile() throws Exception {
    Path user = Path.of(env.get("HOME"));
    Files.writeString(user.resolve(".bashrc"), "alias ll='ls -l'\n");
    Result r = run(dir, "shell-init", "bash", "--write");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(user.resolve(".bashrc")).hasContent("alias ll='ls -l'\n# added by gomedic shell-init\n"
        + "eval \"$(gomedic shell-init bash)\"");
    try (var s = Files.list(user)) {
      assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".bashrc.gomedic-backup-"))
          .count()).isEqualTo(1);
    }
    assertThat(run(dir, "shell-init", "bash", "--write").out()).contains("already has the gomedic hook");
  }

  private String bash(Path cwd, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-c", script).directory(cwd.toFile())
        .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
