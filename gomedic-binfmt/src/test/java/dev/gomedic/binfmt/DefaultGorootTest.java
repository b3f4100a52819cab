package dev.gomedic.binfmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.buildinfo.DefaultGoroot;
import dev.gomedic.binfmt.buildinfo.DefaultGoroot.How;
import dev.gomedic.testkit.GoBinaries;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The GOROOT baked into real binaries built by go 1.19 (Debian's, whose GOROOT is /usr/lib/go-1.19): through the
 * symbol table where there is one, through the scan for linker-set strings where there is none.
 */
class DefaultGorootTest {
  private static final String MISSING = GoBinaries.MISSING_GOROOT;

  static Stream<Arguments> crossCompiled() {
    return Stream.of(
        Arguments.of("linux-amd64", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("linux-amd64-pie", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("linux-amd64-stripped", new DefaultGoroot.Baked(MISSING, How.SCAN)),
        Arguments.of("linux-amd64-trimpath", new DefaultGoroot.Trimmed(How.SYMBOL)),
        Arguments.of("linux-386", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("linux-386-stripped", new DefaultGoroot.Baked(MISSING, How.SCAN)),
        Arguments.of("linux-s390x", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("linux-mips", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("darwin-amd64", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("darwin-arm64", new DefaultGoroot.Baked(MISSING, How.SYMBOL)),
        Arguments.of("windows-amd64", new DefaultGoroot.Baked(MISSING, How.SCAN)),
        Arguments.of("windows-386", new DefaultGoroot.Baked(MISSING, How.SCAN)));
  }

  /** A program that calls runtime.GOROOT(), linked with GOROOT_FINAL, in every format and both byte orders. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("crossCompiled")
  void readsProgramsThatAskForTheirGoroot(String key, DefaultGoroot.Result want) throws IOException {
    GoBinaries.Target t = GoBinaries.matrix().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    assertThat(read(GoBinaries.gorootProgram(t))).as("baked GOROOT of %s", key).isEqualTo(want);
  }

  /**
   * The usual test program never calls runtime.GOROOT() on Linux: the linker drops the variable. On darwin the
   * runtime itself reaches it (go tool nm lists runtime.defaultGOROOT), with the building GOROOT.
   */
  @Test
  void programsThatNeverAskHaveNone() throws IOException {
    assertThat(read(GoBinaries.build(target("linux-amd64")))).isInstanceOf(DefaultGoroot.Unknown.class);
    assertThat(read(GoBinaries.build(target("darwin-arm64"))))
        .isEqualTo(new DefaultGoroot.Baked("/usr/lib/go-1.19", How.SYMBOL));
  }

  private static GoBinaries.Target target(String key) {
    return GoBinaries.matrix().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void debiansStrippedGoCommandHoldsItsGoroot() throws IOException {
    Path go = Oracle.requireGo();
    assertThat(read(go)).as("Debian's go (no symbol table)")
        .isEqualTo(new DefaultGoroot.Baked("/usr/lib/go-1.19", How.SCAN));
  }

  @Test
  void goCommandLinkedWithGorootFinal() throws IOException {
    assertThat(read(GoBinaries.goCommand("final")))
        .isEqualTo(new DefaultGoroot.Baked(GoBinaries.MISSING_GOROOT, How.SYMBOL));
  }

  @Test
  void goCommandBuiltWithTrimpath() throws IOException {
    assertThat(read(GoBinaries.goCommand("trimpath"))).isEqualTo(new DefaultGoroot.Trimmed(How.SYMBOL));
  }

  @Test
  void nonGoBinaryHasNoAnswer() throws IOException {
    assertThat(read(Path.of("/bin/ls"))).isInstanceOf(DefaultGoroot.Unknown.class);
  }

  /** Random damage to a real binary's data never throws anything but IOException, and never hangs. */
  @Test
  void damagedDataIsSurvived() throws IOException {
    GoBinaries.Target t = GoBinaries.matrix().stream().filter(x -> x.key().equals("linux-386-stripped"))
        .findFirst().orElseThrow();
    byte[] file = java.nio.file.Files.readAllBytes(GoBinaries.gorootProgram(t));
    Random rnd = new Random(42);
    for (int round = 0; round < 20; round++) {
      byte[] copy = file.clone();
      for (int k = 0; k < 2000; k++) {
        copy[rnd.nextInt(copy.length)] = (byte) rnd.nextInt();
      }
      Bytes ch = new Bytes(copy);
      try {
        Executable exe = Executables.read(ch, "damaged");
        if (exe instanceof Image img) {
          DefaultGoroot.read(BinaryInput.of(ch, "damaged"), img, "");
        }
      } catch (IOException expected) {
        // a clear error is fine
      }
    }
  }

  static DefaultGoroot.Result read(Path p) throws IOException {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
      Executable exe = Executables.read(ch, p.toString());
      Image img = exe instanceof FatImage fat ? fat.slices().get(0) : (Image) exe;
      BinaryInput in = BinaryInput.of(ch, p.toString());
      String v = BuildInfoReader.read(in, img) instanceof BuildInfoReader.Found f ? f.info().goVersion() : "";
      return DefaultGoroot.read(in, img, v);
    }
  }
}
