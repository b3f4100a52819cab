package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code gomedic __complete} offers, from the command model; the real shells are in CompletionShellIT. */
class CompletionTest {
  @TempDir Path home;

  private List<String> complete(String... words) {
    StringWriter out = new StringWriter();
    CliContext c = new CliContext(Map.of("GOMEDIC_HOME", home.toString(), "HOME", home.toString()), home, false);
    CompletionCommand.complete(Gomedic.model(c), Arrays.asList(words), new PrintWriter(out, true));
    return out.toString().lines().toList();
  }

  @ParameterizedTest(name = "complete [{0}] has {1}")
  @CsvSource(delimiter = '|', value = {
      "''                      | doctor,explain,env,which-go,mod,inspect,verify,toolchain,exec,shell-init,completion,help",
      "to                      | toolchain",
      "toolchain,u             | uninstall,use",
      "mod,''                  | fmt,edit,hash,zip,verify",
      "doctor,--f              | --fix,--fail-on",
      "doctor,--fail-on,''     | error,warning",
      "doctor,--color,a        | auto,always",
      "doctor,--only,GOROOT_S  | GOROOT_SET",
      "shell-init,''           | bash,zsh,fish,powershell",
      "completion,f            | fish",
      "help,''                 | doctor,explain,env,which-go,mod,inspect,verify,toolchain,exec,shell-init,completion,help,exit-codes,environment",
      "help,toolchain,p        | pin",
      "doctor,--json,--        | --help,--color,--dir,--go,--json,--sarif,--fix,--verbose,--only,--fail-on,--shell,--apply",
  })
  void candidates(String words, String want) {
    List<String> w = Arrays.stream(words.split(",", -1)).map(s -> s.equals("''") ? "" : s).toList();
    assertThat(complete(w.toArray(String[]::new))).as("got candidates for %s, want %s", w, want)
        .containsExactly(want.split(","));
  }

  @ParameterizedTest(name = "nothing for [{0}]: the shell completes file names")
  @CsvSource(delimiter = '|', value = {"inspect,''", "explain,''", "doctor,--dir,''", "mod,fmt,''", "exec,--,''"})
  void pathsAreLeftToTheShell(String words) {
    List<String> w = Arrays.stream(words.split(",", -1)).map(s -> s.equals("''") ? "" : s).toList();
    assertThat(complete(w.toArray(String[]::new))).as("candidates for %s: want none", w).isEmpty();
  }

  @ParameterizedTest(name = "installed versions for toolchain {0}")
  @CsvSource({"use", "uninstall", "pin"})
  void installedVersionsAreOffered(String sub) throws Exception {
    for (String v : List.of("go1.22.5", "go1.21.0")) {
      Files.createDirectories(home.resolve("toolchains/" + v));
      Files.writeString(home.resolve("toolchains/" + v + "/VERSION"), v + "\n");
    }
    assertThat(complete("toolchain", sub, "go1.2")).as("candidates after installing two releases")
        .containsExactlyInAnyOrder("go1.22.5", "go1.21.0");
  }
}
