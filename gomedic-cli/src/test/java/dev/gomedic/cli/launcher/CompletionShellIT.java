package dev.gomedic.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion scripts in the real bash, zsh and fish (Debian packages, see .ci/install.d/70-cli.sh), each
 * calling the real launcher on the packaged jar: a few words completed as a user's Tab would.
 */
class CompletionShellIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  @TempDir static Path tmp;
  private static Path bin;

  @BeforeAll
  static void putGomedicOnPath() throws IOException {
    bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("gomedic"), ROOT.resolve("gomedic"));
    Files.createDirectories(tmp.resolve("home"));
  }

  private static String shell(String name, String script) throws Exception {
    Path sh = Path.of("/usr/bin", name);
    assertThat(sh).as("%s is installed (.ci/install.d/70-cli.sh)", name).isExecutable();
    ProcessBuilder pb = new ProcessBuilder(sh.toString(), name.equals("zsh") ? "-f" : "--norc", "-c", script);
    if (name.equals("fish")) {
      pb = new ProcessBuilder(sh.toString(), "--no-config", "-c", script);
    }
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":/usr/bin:/bin");
    env.put("HOME", tmp.resolve("home").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    env.put("XDG_CONFIG_HOME", tmp.resolve("config").toString());
    env.put("GOMEDIC_BUILD", "0");
    env.put("GOMEDIC_HOME", tmp.resolve("gomedic-home").toString());
    pb.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", name).isTrue();
    return out;
  }

  @Test
  void bash() throws Exception {
    String out = shell("bash", "source <(gomedic completion bash) || exit 9\n"
        + "c() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _gomedic_complete;"
        + " echo \"[$*] ${COMPREPLY[*]}\"; }\n"
        + "complete -p gomedic\n"
        + "c gomedic toolchain u\n"
        + "c gomedic doctor --fail-on ''\n"
        + "c gomedic help toolchain p\n"
        + "c gomedic inspect ''\n");
    assertThat(out).contains("complete -o bashdefault -o default -F _gomedic_complete gomedic",
        "[gomedic toolchain u] uninstall use\n",
        "[gomedic doctor --fail-on ] error warning\n",
        "[gomedic help toolchain p] pin\n",
        "[gomedic inspect ] \n");
  }

  @Test
  void fish() throws Exception {
    String out = shell("fish", "gomedic completion fish | source\n"
        + "echo '[toolchain u]'; complete -C 'gomedic toolchain u'\n"
        + "echo '[completion]'; complete -C 'gomedic completion '\n"
        + "echo '[path]'; complete -C 'gomedic inspect " + ROOT.resolve("gomedic-cl") + "'\n");
    assertThat(out).contains("[toolchain u]\nuninstall\nuse\n", "[completion]\nbash\nfish\npowershell\nzsh\n",
        "[path]\n" + ROOT.resolve("gomedic-cli") + "/\n");
  }

  /**
   * zsh completes only inside its line editor, so the test drives an interactive zsh on a pseudo-terminal
   * (zsh's own zpty module), types the words and a Tab, and reads the line back.
   */
  @Test
  void zsh() throws Exception {
    Path driver = tmp.resolve("drive.zsh");
    Files.writeString(driver, String.join("\n", List.of(
        "zmodload zsh/zpty || exit 9",
        "zpty z 'zsh -f -i'",
        "zpty -w z 'PS1=\"> \"; autoload -Uz compinit && compinit -u -D; source <(gomedic completion zsh); echo READY'",
        "zpty -r z line '*READY*'; zpty -r z line '*READY*'",
        "type() { zpty -w -n z \"$1\"$'\\t'; sleep 4; local out= chunk; while zpty -r -t z chunk; do out+=$chunk; done;"
            + " print -r -- \"[$1] $out\"; zpty -w -n z $'\\C-u'; sleep 0.5;"
            + " while zpty -r -t z chunk; do :; done; }",
        "type 'gomedic comple'",
        "type 'gomedic toolchain u'",
        "zpty -d z", "")));
    // the terminal's control sequences (colours, cursor moves) out, so that the text reads as on the screen
    String out = shell("zsh", "source " + driver).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "");
    assertThat(out).as("zsh session: the unique word completed, the two candidates listed")
        .contains("gomedic completion ", "uninstall  use");
  }
}
