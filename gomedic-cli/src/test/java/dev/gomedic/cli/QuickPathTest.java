package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quick path prints what picocli's path prints, byte for byte, with the same exit code. */
class QuickPathTest {
  @TempDir static Path tmp;
  private Map<String, String> env;

  private record Run(int code, String out, String err) {}

  @BeforeEach
  void fixture() throws IOException {
    Path bin = tmp.resolve("bin");
    if (!Files.isDirectory(bin)) {
      TrainingBinaries.write(Files.createDirectories(bin));
      Files.writeString(tmp.resolve("go.mod"), "module example.com/q\n\ngo 1.19\n", StandardCharsets.UTF_8);
      Files.writeString(tmp.resolve("notes.txt"), "not a binary\n", StandardCharsets.UTF_8);
    }
    env = new HashMap<>();
    env.put("HOME", tmp.resolve("home").toString());
    // A fake go on PATH: env computes what such a go would see, and warns about what it finds.
    Path fakeBin = Files.createDirectories(tmp.resolve("fakego/bin"));
    Files.writeString(fakeBin.resolve("go"), "#!/bin/sh\nexit 0\n", StandardCharsets.UTF_8);
    fakeBin.resolve("go").toFile().setExecutable(true);
    Files.writeString(tmp.resolve("fakego/VERSION"), "go1.22.5\ntime 2024-06-27T20:11:12Z\n",
        StandardCharsets.UTF_8);
    env.put("PATH", fakeBin + ":/usr/bin:/bin");
  }

  static Stream<List<String>> lines() {
    return Stream.of(
        List.of("env", "-json"),
        List.of("env"),
        List.of("env", "GOPATH", "GOMOD", "GOVERSION"),
        List.of("env", "NO_SUCH_VARIABLE"),
        List.of("inspect", "-m", "bin"),
        List.of("inspect", "-m", "bin/train-darwin-universal", "notes.txt", "missing", "."),
        List.of("inspect", "-m", "bin/train-windows-amd64.exe"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void quickAndParsedPrintTheSame(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Run quick = run(true, a);
    Run parsed = run(false, a);
    assertThat(parsed.out() + parsed.err()).as("what %s prints at all", args).isNotBlank();
    assertThat(quick.out()).as("stdout of %s: got the quick path's, want picocli's", args).isEqualTo(parsed.out());
    assertThat(quick.err()).as("stderr of %s: got the quick path's, want picocli's", args).isEqualTo(parsed.err());
    assertThat(quick.code()).as("exit code of %s: got the quick path's, want picocli's", args)
        .isEqualTo(parsed.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("others")
  void otherShapesGoThroughPicocli(List<String> args) {
    StringWriter sink = new StringWriter();
    PrintWriter w = new PrintWriter(sink);
    OptionalInt r = QuickPath.run(args.toArray(String[]::new), w, w, new CliContext(env, tmp, false));
    assertThat(r).as("quick path taken for %s", args).isEmpty();
    assertThat(sink.toString()).as("output of a quick path not taken").isEmpty();
  }

  static Stream<List<String>> others() {
    return Stream.of(List.of(), List.of("env", "--help"), List.of("env", "-json", "GOPATH"), List.of("env", "gopath"),
        List.of("env", "--explain"), List.of("inspect", "-m"), List.of("inspect", "-m", "-r", "bin"),
        List.of("inspect", "bin"), List.of("inspect", "-m", "@args"), List.of("doctor"));
  }

  private Run run(boolean quick, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    CliContext ctx = new CliContext(env, tmp, false);
    int code;
    if (quick) {
      OptionalInt r = QuickPath.run(args, o, e, ctx);
      assertThat(r).as("quick path taken for %s", List.of(args)).isPresent();
      code = r.getAsInt();
    } else {
      code = Gomedic.runParsed(args, o, e, ctx);
    }
    o.flush();
    e.flush();
    return new Run(code, out.toString(), err.toString());
  }
}
