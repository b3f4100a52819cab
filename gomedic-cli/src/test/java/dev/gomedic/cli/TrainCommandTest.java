package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run's own material: its synthetic binaries, and its command groups against the launcher's. */
class TrainCommandTest {
  @TempDir Path tmp;

  private CliRun run(String... args) {
    return CliRun.in(tmp, Map.of(), args);
  }

  @Test
  void trainingBinariesCarryReadableBuildInfo() throws IOException {
    TrainingBinaries.write(tmp);
    CliRun m = run("inspect", "-m", tmp.toString());
    assertThat(m.err()).as("stderr of inspect -m").isEmpty();
    String want = String.join("\n",
        "\tpath\texample.com/train/cmd/train",
        "\tmod\texample.com/train\t(devel)\t",
        "\tdep\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=",
        "\tdep\texample.com/old\tv1.0.0",
        "\t=>\t../old\t\t",
        "\t", // go 1.19's BuildInfo.String ends a replaced dependency with a second newline
        "\tbuild\t-buildmode=exe",
        "\tbuild\t-compiler=gc",
        "\tbuild\t-ldflags=\"-s -w\"",
        "\tbuild\tCGO_ENABLED=0");
    for (String name : List.of("train-darwin-arm64", "train-windows-amd64.exe")) {
      assertThat(m.out()).as("inspect -m of %s", name).contains(tmp + "/" + name + ": go1.22.5\n" + want + "\n");
    }
    CliRun json = run("inspect", "--json", tmp.resolve("train-darwin-universal").toString(),
        tmp.resolve("train-windows-amd64.exe").toString());
    assertThat(json.code()).as("exit code of inspect --json, stderr %s", json.err()).isZero();
    assertThat(json.out()).as("universal file's format").contains("\"format\": \"macho-fat\"");
    assertThat(json.out()).as("PE file's format").contains("\"format\": \"pe\"");
    assertThat(json.out().split("\"goVersion\": \"go1.22.5\"", -1)).as("build infos found (2 slices + PE)")
        .hasSize(4);
  }

  @Test
  void launcherGroupsMatchTheTrainingGroups() throws Exception {
    Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("gomedic");
    String script = Files.readString(launcher, StandardCharsets.UTF_8);
    Matcher fn = Pattern.compile("(?ms)^group_of\\(\\) \\{\\n.*?^\\}\\n").matcher(script);
    assertThat(fn.find()).as("the launcher's group_of function in %s", launcher).isTrue();
    List<List<String>> lines = new java.util.ArrayList<>(List.of(
        List.of(), List.of("--version"), List.of("--help"), List.of("no-such-command"),
        List.of("env"), List.of("env", "-json"), List.of("env", "GOPATH", "GOMOD"), List.of("env", "--explain"),
        List.of("env", "--dir", "x", "-json"), List.of("env", "gopath"), List.of("which-go"),
        List.of("inspect", "-m", "x"), List.of("inspect", "x"), List.of("inspect", "--json", "-m", "x"),
        List.of("doctor"), List.of("explain", "log"), List.of("mod", "fmt"), List.of("toolchain", "list"),
        List.of("verify", "f"), List.of("exec", "--", "go"), List.of("shell-init", "bash")));
    for (String sub : Gomedic.subcommandNames()) {
      lines.add(List.of(sub));
    }
    StringBuilder program = new StringBuilder(fn.group());
    for (List<String> line : lines) {
      program.append("group_of");
      for (String a : line) {
        program.append(" '").append(a).append('\'');
      }
      program.append("; echo \"$REPLY\"\n");
    }
    Process p = new ProcessBuilder("bash", "-c", program.toString()).redirectErrorStream(true).start();
    List<String> got = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor()).as("bash exit status, output %s", got).isZero();
    assertThat(got).as("one group per line").hasSize(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String want = TrainCommand.group(lines.get(i));
      assertThat(got.get(i)).as("launcher's group of %s: got %s, want TrainCommand's %s", lines.get(i), got.get(i),
          want).isEqualTo(want);
      assertThat(TrainCommand.GROUPS).as("known groups").contains(want);
    }
    // help and completion build the whole command model, as the root's --help does: they share its archive.
    for (String sub : Gomedic.subcommandNames()) {
      if (!sub.startsWith("__") && !List.of("help", "completion").contains(sub)) {
        assertThat(TrainCommand.group(List.of(sub))).as("group of %s (every command has an archive of its own)", sub)
            .isNotEqualTo("main");
      }
    }
  }
}
