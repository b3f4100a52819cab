package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gomedic mod edit -print/-json} against the real {@code go mod edit} (and {@code go work edit}) of Go
 * 1.19, for edit flags Go 1.19 knows, on files with blocks, comments and duplicates.
 */
class ModEditOracleTest {
  private static final String FIXTURE = """
      // Deprecated: use example.com/m/v2
      module example.com/m

      go 1.18

      require (
      \texample.com/a v1.0.0
      \texample.com/b v1.2.0 // indirect
      \t// keep me
      \texample.com/c v0.1.0 // indirect; for tests
      )

      require example.com/d v1.5.0

      exclude (
      \texample.com/e v1.0.0
      \texample.com/e v1.0.0
      )

      replace example.com/a v1.0.0 => ../a

      replace example.com/f => example.com/g v1.1.0

      retract (
      \tv0.9.0 // too early
      \t[v0.1.0, v0.2.0]
      )
      """;

  static Stream<Arguments> edits() {
    return Stream.of(
        List.of("-fmt"),
        List.of("-module=example.com/other"),
        List.of("-go=1.19"),
        List.of("-require=example.com/a@v1.1.0"),
        List.of("-require=example.com/new@v0.0.1", "-require=example.com/b@v1.3.0"),
        List.of("-droprequire=example.com/b", "-droprequire=example.com/d"),
        List.of("-droprequire=example.com/a", "-droprequire=example.com/b", "-droprequire=example.com/c"),
        List.of("-exclude=example.com/e@v1.1.0", "-exclude=example.com/z@v0.1.0"),
        List.of("-dropexclude=example.com/e@v1.0.0"),
        List.of("-replace=example.com/a=../a2"),
        List.of("-replace=example.com/a@v1.0.0=example.com/a2@v1.0.1"),
        List.of("-replace=example.com/new@v1.0.0=./new", "-replace=example.com/f=./f"),
        List.of("-dropreplace=example.com/a@v1.0.0", "-dropreplace=example.com/f"),
        List.of("-retract=v1.0.1", "-retract=[v1.1.0,v1.2.0]"),
        List.of("-dropretract=v0.9.0", "-dropretract=[v0.1.0,v0.2.0]"),
        List.of("-require=example.com/a@v1.1.0", "-droprequire=example.com/a", "-require=example.com/a@v1.2.0"))
        .flatMap(flags -> Stream.of(Arguments.of("go.mod", FIXTURE, withMode(flags, "-print")),
            Arguments.of("go.mod", FIXTURE, withMode(flags, "-json"))));
  }

  private static final String RETRACTS = "module abc\n\nretract \"v1.2.3\"\n\nretract [ \"v1.2.3\" , \"v1.2.4\" ]\n\n"
      + "retract (\n\t\"v1.2.3\"\n\n\t[ \"v1.2.3\" , \"v1.2.4\" ]\n)\n";

  private static final String WORK = "go 1.18\n\n// c\nuse (\n\t./a // x\n\t../b\n)\n\nreplace example.com/x => ./x\n";

  static Stream<Arguments> others() {
    return Stream.of(
        Arguments.of("go.mod", RETRACTS, List.of("-dropretract=v1.2.3", "-print")),
        Arguments.of("go.mod", RETRACTS, List.of("-retract=v1.3.0", "-retract=[v1.0.0,v1.1.0]", "-print")),
        Arguments.of("go.mod", "module m\n", List.of("-replace=a.com/x@v1.0.0=../old",
            "-replace=b.com/y=c.com/z@v1.1.0", "-exclude=a.com/x@v1.0.0", "-exclude=a.com/x@v1.1.0", "-print")),
        Arguments.of("go.work", WORK, List.of("-use=c", "-dropuse=../b", "-print")),
        Arguments.of("go.work", WORK, List.of("-replace=example.com/y@v1.0.0=../y", "-go=1.19", "-json")),
        Arguments.of("go.work", WORK, List.of("-dropreplace=example.com/x", "-use=d/../e", "-json")));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource
  void others(String name, String text, List<String> flags, @TempDir Path dir) throws Exception {
    compare(name, text, flags, dir);
  }

  private static List<String> withMode(List<String> flags, String mode) {
    List<String> all = new ArrayList<>(flags);
    all.add(mode);
    return all;
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource
  void edits(String name, String text, List<String> flags, @TempDir Path dir) throws Exception {
    compare(name, text, flags, dir);
  }

  private static void compare(String name, String text, List<String> flags, Path dir) throws Exception {
    Path go = Oracle.requireGo();
    Path goDir = Files.createDirectories(dir.resolve("go"));
    Path ourDir = Files.createDirectories(dir.resolve("ours"));
    Files.writeString(goDir.resolve(name), text, StandardCharsets.UTF_8);
    Files.writeString(ourDir.resolve(name), text, StandardCharsets.UTF_8);
    List<String> goFlags = new ArrayList<>(flags);
    goFlags.add(name);
    String want = runGo(go, goDir, dir, name.equals("go.work") ? "work" : "mod", goFlags);
    List<String> args = new ArrayList<>(List.of("mod", "edit"));
    args.addAll(goFlags);
    ModRun r = ModRun.in(ourDir, args.toArray(String[]::new));
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.out()).as("gomedic mod edit %s: got, want (go 1.19)", flags).isEqualTo(want);
  }

  private static String runGo(Path go, Path workDir, Path tmp, String tool, List<String> flags)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(go.toString(), tool, "edit"));
    cmd.addAll(flags);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(false);
    Map<String, String> env = pb.environment();
    env.clear();
    env.putAll(Map.of("HOME", tmp.toString(), "PATH", "/usr/bin:/bin", "GOFLAGS", "", "GOTOOLCHAIN", "local",
        "GOPROXY", "off", "GOCACHE", tmp.resolve("cache").toString(), "GOMODCACHE",
        tmp.resolve("modcache").toString(), "GOPATH", tmp.resolve("gopath").toString(), "GOWORK", "off"));
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("go finished").isTrue();
    assertThat(p.exitValue()).as("go mod edit exit code; stderr: %s", err).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
