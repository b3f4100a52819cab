package dev.gomedic.toolchain.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Sha256SumsTest {
  static final String H = "5a3e7e4b3d2a1c0f9e8d7c6b5a4938271605f4e3d2c1b0a99887766554433221";

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of(H + "  go.tar.gz\n", "go.tar.gz", H),
        Arguments.of(H + " *go.tar.gz\n", "go.tar.gz", H),
        Arguments.of(H.toUpperCase() + "  dir/go.tar.gz\n", "go.tar.gz", H),
        Arguments.of(H + "\n", "anything", H),
        Arguments.of(H, "anything", H),
        Arguments.of("SHA256 (go.tar.gz) = " + H + "\n", "go.tar.gz", H),
        Arguments.of("# comment\n\n" + H.replace('5', '6') + "  other\r\n" + H + "  go.tar.gz\r\n", "go.tar.gz",
            H));
  }

  @ParameterizedTest(name = "{index}: lookup({1})")
  @MethodSource("lines")
  void parsesEveryFormat(String text, String name, String want) {
    String got = Sha256Sums.parse(text, "x.sha256").lookup(name).orElseThrow().hex();
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
  }

  @Test
  void missingNameIsEmpty() {
    assertThat(Sha256Sums.parse(H + "  other\n", "x").lookup("go.tar.gz")).isEmpty();
  }

  @Test
  void rejectsNonChecksumLines() {
    assertThatThrownBy(() -> Sha256Sums.parse("hello world\n", "x.sha256"))
        .hasMessage("x.sha256:1: not a SHA-256 checksum line (want 'HEX  name', 'HEX *name' or 'HEX')");
    assertThatThrownBy(() -> Sha256Sums.parse("\n\n", "x.sha256")).hasMessage("x.sha256: no SHA-256 checksum lines");
    assertThatThrownBy(() -> Sha256Sums.parse(H.substring(1) + "  f\n", "s")).hasMessageContaining("s:1:");
  }

  /** The files the real shasum and sha256sum write are read back with the digest we compute. */
  @ParameterizedTest
  @MethodSource("tools")
  void readsWhatRealToolsWrite(List<String> tool, @TempDir Path dir) throws Exception {
    Path exe = Path.of(tool.get(0));
    Assumptions.assumeTrue(Files.isExecutable(exe) || "true".equalsIgnoreCase(System.getenv("CI")),
        exe + " missing (apt-get install libdigest-sha-perl coreutils)");
    Path f = dir.resolve("go1.19.8.linux-amd64.tar.gz");
    Files.write(f, new byte[] {1, 2, 3, 4, 5});
    ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(tool)).directory(dir.toFile());
    pb.command().add(f.getFileName().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    String want = Sha256.of(f);
    String got = Sha256Sums.parse(out, "out").lookup(f.toString()).orElseThrow().hex();
    assertThat(got).as("%s wrote %s; got %s, want %s", tool, out.strip(), got, want).isEqualTo(want);
  }

  static Stream<List<String>> tools() {
    return Stream.of(
        List.of("/usr/bin/shasum", "-a", "256"),
        List.of("/usr/bin/shasum", "-a", "256", "-b"),
        List.of("/usr/bin/shasum", "-a", "256", "--tag"),
        List.of("/usr/bin/sha256sum"),
        List.of("/usr/bin/sha256sum", "-b"));
  }
}
