package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code inspect -m PATH...} runs without picocli for speed: it must print exactly what the picocli path prints
 * ({@code inspect --platform=linux/amd64 -m PATH...}, the same on this Linux host) for every kind of path.
 */
class GoVersionFastPathTest {
  @TempDir static Path tmp;

  record Run(int code, String out, String err) {}

  static Stream<List<String>> cases() throws IOException {
    Path go = Oracle.requireGo();
    Path dir = tmp.resolve("mixed");
    Files.createDirectories(dir.resolve("sub"));
    Files.copy(go, dir.resolve("go"));
    Files.copy(go, dir.resolve("sub/go-again"));
    Files.writeString(dir.resolve("notes.txt"), "not a binary\n");
    Path script = Files.writeString(dir.resolve("script"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createSymbolicLink(dir.resolve("link"), dir.resolve("go"));
    return Stream.of(
        List.of(go.toString()),
        List.of(dir.toString()),
        List.of("mixed"),
        List.of(dir.resolve("notes.txt").toString(), dir.resolve("script").toString()),
        List.of(dir.resolve("link").toString(), "no-such-file", go.getParent().toString()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void fastPathPrintsWhatPicocliPathPrints(List<String> paths) {
    String[] fast = Stream.concat(Stream.of("inspect", "-m"), paths.stream()).toArray(String[]::new);
    String[] slow = Stream.concat(Stream.of("inspect", "--platform=linux/amd64", "-m"), paths.stream())
        .toArray(String[]::new);
    assertThat(InspectCommand.isPlainGoVersionM(fast)).as("fast path taken for %s", paths).isTrue();
    assertThat(InspectCommand.isPlainGoVersionM(slow)).as("fast path taken for %s", List.of(slow)).isFalse();
    Run want = run(slow);
    Run got = run(fast);
    assertThat(got).withFailMessage("got %s, want %s", got, want).isEqualTo(want);
    assertThat(want.out() + want.err()).as("picocli path printed nothing for %s", paths).isNotEmpty();
  }

  private static Run run(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = Gomedic.run(args, o, e, new CliContext(Map.of(), tmp, false));
    o.flush();
    e.flush();
    return new Run(code, out.toString(), err.toString());
  }
}
