package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every node of the command tree answers --help, -h and help X with its usage on stdout, exit 0. */
class HelpTreeTest {
  @TempDir Path dir;

  /** The command paths of every visible node, the root as the empty path. */
  static List<List<String>> nodes() {
    List<List<String>> all = new ArrayList<>();
    walk(Gomedic.model(new CliContext(Map.of(), Path.of("/"), false)), new ArrayList<>(), all);
    return all;
  }

  private static void walk(CommandLine at, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    at.getSubcommands().forEach((name, sub) -> {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        path.add(name);
        walk(sub, path, into);
        path.remove(path.size() - 1);
      }
    });
  }

  @Test
  void theTreeHasEveryCommandTheIssueNamed() {
    List<String> names = nodes().stream().map(p -> String.join(" ", p)).toList();
    assertThat(names).contains("env", "which-go", "verify", "exec", "shell-init", "toolchain", "toolchain install",
        "toolchain list", "toolchain available", "toolchain uninstall", "toolchain which", "toolchain use",
        "toolchain pin", "mod", "mod edit", "mod fmt", "doctor", "explain", "inspect", "completion", "help");
  }

  @TestFactory
  Stream<DynamicTest> everyNodeAnswersHelp() {
    return nodes().stream().flatMap(path -> Stream.of("--help", "-h", "help").map(how -> {
      List<String> args = new ArrayList<>();
      if (how.equals("help")) {
        args.add("help");
        args.addAll(path);
      } else {
        args.addAll(path);
        args.add(how);
      }
      return DynamicTest.dynamicTest(String.join(" ", args), () -> {
        CliRun r = CliRun.in(dir, Map.of(), args.toArray(String[]::new));
        assertThat(r.code()).as("exit code of gomedic %s (stderr %s): got %d, want 0", args, r.err(), r.code())
            .isZero();
        String want = "Usage: gomedic" + (path.isEmpty() ? "" : " " + String.join(" ", path)) + " ";
        assertThat(r.out()).as("stdout of gomedic %s", args).startsWith(want);
        assertThat(r.err()).as("stderr of gomedic %s", args).isEmpty();
      });
    }));
  }

  @Test
  void groupsRunBareListTheirSubcommands() {
    CliRun r = CliRun.in(dir, Map.of(), "toolchain");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("install", "list", "available", "uninstall", "which", "use", "pin");
  }

  @Test
  void usageErrorsPrintTheUsageOfTheCommandAtHandAndExit2() {
    CliRun r = CliRun.in(dir, Map.of(), "toolchain", "install", "1.22", "--bogus");
    assertThat(r.code()).as("exit code: got %d, want 2", r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("gomedic: Unknown option: '--bogus'\n")
        .contains("Usage: gomedic toolchain install ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void helpOfAnUnknownCommandIsAUsageError() {
    CliRun r = CliRun.in(dir, Map.of(), "help", "toolchain", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("gomedic: help: unknown command 'toolchain nope'");
  }

  @Test
  void helpTopicsExitCodesAndEnvironment() {
    CliRun codes = CliRun.in(dir, Map.of(), "help", "exit-codes");
    assertThat(codes.code()).isZero();
    for (ExitCode c : ExitCode.values()) {
      assertThat(codes.out()).contains("  " + c.code() + "  " + c.meaning());
    }
    CliRun env = CliRun.in(dir, Map.of(), "help", "environment");
    assertThat(env.code()).isZero();
    assertThat(env.out()).contains("GOMEDIC_HOME", "GOMEDIC_JAVA", "NO_COLOR", "XDG_CACHE_HOME");
  }

  @Test
  void versionNamesTheBuildTheRuntimeAndThePlatform() {
    CliRun r = CliRun.in(dir, Map.of(), "--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("gomedic \\S+( \\(commit [0-9a-f]{7}(-dirty)?, built \\S+\\))?\\n"
        + "java \\S+( \\([^)]*\\))? on [a-z0-9]+/[a-z0-9]+\\n");
  }

  /** Help and man pages list every option and parameter with what it does (an empty one merges lines in man). */
  @Test
  void everyOptionAndParameterIsDescribed() {
    List<String> bare = new ArrayList<>();
    for (List<String> path : nodes()) {
      CommandLine at = Gomedic.model(new CliContext(Map.of(), Path.of("/"), false));
      for (String w : path) {
        at = at.getSubcommands().get(w);
      }
      for (var o : at.getCommandSpec().options()) {
        if (!o.hidden() && String.join("", o.description()).isBlank()) {
          bare.add(String.join(" ", path) + " " + o.longestName());
        }
      }
      for (var p : at.getCommandSpec().positionalParameters()) {
        if (!p.hidden() && String.join("", p.description()).isBlank()) {
          bare.add(String.join(" ", path) + " " + p.paramLabel());
        }
      }
    }
    assertThat(bare).as("options and parameters without a description: got %s, want none", bare).isEmpty();
  }
}
