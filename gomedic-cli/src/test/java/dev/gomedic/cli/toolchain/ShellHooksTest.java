package dev.gomedic.cli.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import dev.gomedic.testkit.Golden;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the code {@code shell-init} prints in the real bash, zsh and fish: the hook must switch {@code go} as the
 * shell changes directory (each directory with its own {@code .go-version}), follow a changed global default, keep
 * one gomedic entry on PATH, and never start a JVM ({@code java} and {@code gomedic} are spies on PATH that
 * record any call). PowerShell is not installable here (no Debian package): its code is checked against a golden
 * file only.
 */
class ShellHooksTest {
  @TempDir Path dir;

  static String shellInit(String shell) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gomedic.run(new String[] {"shell-init", shell}, new PrintWriter(out, true), new PrintWriter(err, true),
        new CliContext(Map.of(), Path.of("/"), false));
    assertThat(code).as("shell-init %s: %s", shell, err).isZero();
    return out.toString();
  }

  static void requireShell(String shell) {
    boolean present = Files.isExecutable(Path.of("/usr/bin", shell)) || Files.isExecutable(Path.of("/bin", shell));
    String reason = shell + " is missing: install it with 'apt-get install " + shell + "' (.ci/run does)";
    if (Oracle.inCi()) {
      Assertions.assertTrue(present, reason);
    } else {
      Assumptions.assumeTrue(present, reason);
    }
  }

  static void executable(Path f, String text) throws IOException {
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void hookSwitchesGoOnCd(String shell) throws Exception {
    requireShell(shell);
    Path goroot119 = Oracle.requireGo().getParent().getParent();
    Path home = dir.resolve("gomedic-home");
    Files.createDirectories(home.resolve("toolchains"));
    // go1.19.8 is the real Debian go; go1.21.0 a stand-in that answers like one.
    Files.createSymbolicLink(home.resolve("toolchains/go1.19.8"), goroot119);
    executable(home.resolve("toolchains/go1.21.0/bin/go"), "#!/bin/sh\necho go version go1.21.0 linux/amd64\n");
    Files.writeString(home.resolve("default"), "go1.19.8\n");
    Path spy = dir.resolve("spy");
    Path log = dir.resolve("jvm-started.log");
    for (String cmd : List.of("java", "gomedic")) {
      executable(spy.resolve(cmd), "#!/bin/sh\necho \"" + cmd + " $*\" >> '" + log + "'\nexit 1\n");
    }
    Path root = dir.resolve("work");
    Files.createDirectories(root.resolve("new/sub"));
    Files.writeString(root.resolve("new/.go-version"), "1.21.0\n");
    Files.createDirectories(root.resolve("old"));
    Files.writeString(root.resolve("old/.go-version"), "go1.19.8\n");
    Files.createDirectories(root.resolve("missing"));
    Files.writeString(root.resolve("missing/.go-version"), "1.22.0\n");
    Path init = dir.resolve("init." + shell);
    Files.writeString(init, shellInit(shell));

    boolean fish = shell.equals("fish");
    String showPath = fish ? "string join : $PATH" : "echo \"$PATH\"";
    String orNone = fish ? "; or echo none" : " || echo none";
    String script = String.join("\n",
        "source " + init,
        "command -v go",
        "go version",
        "cd new",
        "go version",
        "cd sub",
        "go version",
        "cd " + root.resolve("old"),
        "go version",
        "cd " + root.resolve("missing"),
        "command -v go" + orNone,
        "echo go1.21.0 > " + home.resolve("default"),
        "cd " + root,
        "go version",
        showPath,
        "exit",
        "");
    List<String> cmd = switch (shell) {
      case "bash" -> List.of("bash", "--noprofile", "--norc", "-i");
      case "zsh" -> List.of("zsh", "-f", "-i");
      default -> List.of("fish", "--no-config");
    };
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().clear();
    pb.environment().putAll(Map.of("HOME", dir.toString(), "PATH", spy + ":/usr/bin:/bin", "GOMEDIC_HOME",
        home.toString(), "TERM", "dumb", "GOFLAGS", "", "GOTOOLCHAIN", "local", "GOCACHE", dir.resolve("gocache")
        .toString()));
    Path stderr = dir.resolve("stderr.txt");
    pb.redirectError(stderr.toFile());
    Process p = pb.start();
    p.getOutputStream().write(script.getBytes());
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("%s finished", shell).isTrue();
    String bin119 = home.resolve("toolchains/go1.19.8/bin").toString();
    String bin121 = home.resolve("toolchains/go1.21.0/bin").toString();
    String want = String.join("\n",
        bin119 + "/go",
        "go version go1.19.8 linux/amd64",
        "go version go1.21.0 linux/amd64",
        "go version go1.21.0 linux/amd64",
        "go version go1.19.8 linux/amd64",
        "none",
        "go version go1.21.0 linux/amd64",
        bin121 + ":" + spy + ":/usr/bin:/bin",
        "");
    assertThat(out).withFailMessage("%s printed:\n%s\nwant:\n%s\nstderr:\n%s", shell, out, want,
        Files.readString(stderr)).isEqualTo(want);
    assertThat(log).withFailMessage("the hook started %s", Files.exists(log) ? Files.readString(log) : "")
        .doesNotExist();
  }

  /** PowerShell cannot run here (Debian 12 has no pwsh): its code is pinned by a golden file, not executed. */
  @Test
  void powershellCodeMatchesGolden() throws Exception {
    String code = shellInit("powershell");
    Golden.assertMatches(code, "shellinit/powershell.ps1");
    // What the golden file cannot say by itself: balanced blocks, the prompt is wrapped, and no JVM is started.
    long open = code.chars().filter(c -> c == '{').count();
    long close = code.chars().filter(c -> c == '}').count();
    assertThat(open).withFailMessage("braces: got %d '{' and %d '}'", open, close).isEqualTo(close);
    assertThat(code).contains("function global:prompt { _GomedicHook; & $global:_GomedicPrompt }");
    assertThat(code.lines().filter(l -> !l.strip().startsWith("#"))
        .filter(l -> l.contains("gomedic ") || l.contains("java")).toList()).as("lines that start a JVM").isEmpty();
  }

}
