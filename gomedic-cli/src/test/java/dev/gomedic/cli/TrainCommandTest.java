package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run's own material: its synthetic binaries, and its command groups against the launcher's. */
class TrainCommandTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = Gomedic.run(args, o, e, new CliContext(Map.of(), tmp, false));
    o.flush();
    e.flush();
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void trainingBinariesCarryReadableBuildInfo() throws IOException {
    TrainingBinaries.write(tmp);
    Run m = run("inspect", "-m", tmp.toString());
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
    Run json = run("inspect", "--json", tmp.resolve("train-darwin-universal").toString(),
        tmp.resolve("train-windows-amd64.exe").toString());
    assertThat(json.code()).as("exit code of inspect --json, stderr %s", json.err()).isZero();
    assertThat(json.out()).as("universal file's format").contains("\"format\": \"macho-fat\"");
    assertThat(json.out()).as("PE file's format").contains("\"format\": \"pe\"");
    assertThat(json.out().split("\"goVersion\": \"go1.22.5\"", -1)).as("build infos found (2 slices + PE)")
        .hasSize(4);
  }

  @Test
  void launcherGroupsMatchTheTrainingGroups() throws IOException {
    Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("gomedic");
    String script = Files.readString(launcher, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("case \\$\\{1:-\\} in\\n(.*?)\\nesac", Pattern.DOTALL).matcher(script);
    assertThat(block.find()).as("the launcher's group case in %s", launcher).isTrue();
    Map<String, String> launcherGroups = new LinkedHashMap<>();
    Matcher arm = Pattern.compile("^\\s*([a-z| -]+)\\) group=([a-z]+) ;;$", Pattern.MULTILINE).matcher(block.group(1));
    while (arm.find()) {
      for (String name : arm.group(1).split("\\|")) {
        launcherGroups.put(name.trim(), arm.group(2));
      }
    }
    assertThat(launcherGroups).as("names the launcher maps").isNotEmpty();
    for (Map.Entry<String, String> e : launcherGroups.entrySet()) {
      assertThat(TrainCommand.group(e.getKey())).as("group of %s: got %s in TrainCommand, want the launcher's",
          e.getKey(), TrainCommand.group(e.getKey())).isEqualTo(e.getValue());
    }
    assertThat(TrainCommand.GROUPS).as("groups TrainCommand knows")
        .containsAll(new java.util.HashSet<>(launcherGroups.values()));
    for (String sub : Gomedic.subcommandNames()) {
      if (!sub.startsWith("__")) {
        assertThat(TrainCommand.group(sub)).as("group of %s (every command has its own archive group)", sub)
            .isNotEqualTo("main");
        assertThat(launcherGroups).as("launcher maps %s", sub).containsKey(sub);
      }
    }
    assertThat(script).as("the launcher's fallback arm").contains("*) group=main ;;");
  }
}
