package dev.gomedic.binfmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.BuildInfoException;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.buildinfo.ModInfo;
import dev.gomedic.binfmt.buildinfo.Module;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The inline (Go 1.18+) blob, module-info parsing, and formatting as go version -m prints it. */
class BuildInfoTest {
  private static final String MOD = "path\texample.com/hello\n"
      + "mod\texample.com/hello\t(devel)\t\n"
      + "dep\texample.com/greet\tv0.1.0\n"
      + "=>\t./greet\t(devel)\t\n"
      + "dep\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
      + "build\t-ldflags=\"-s -w\"\n"
      + "build\tCGO_ENABLED=0\n"
      + "build\tvcs.modified=true\n";

  @Test
  void readsTheInlineBlobFromTheBuildInfoSection() throws IOException {
    byte[] file = TinyElf.build(TinyElf.inlineBlob("go1.22.5", TinyElf.framed(MOD)));
    Bytes ch = new Bytes(file);
    Image img = (Image) Executables.read(ch, "hello");
    BuildInfoReader.Result r = BuildInfoReader.read(BinaryInput.of(ch, "hello"), img);
    assertThat(r).isInstanceOf(BuildInfoReader.Found.class);
    BuildInfo bi = ((BuildInfoReader.Found) r).info();
    assertThat(bi.goVersion()).isEqualTo("go1.22.5");
    assertThat(bi.path()).isEqualTo("example.com/hello");
    assertThat(bi.deps()).hasSize(2);
    assertThat(bi.deps().get(0).replace().path()).isEqualTo("./greet");
    assertThat(bi.setting("-ldflags")).contains("-s -w");
    // Go 1.19's BuildInfo.String ends a replaced module with two newlines; go version -m shows a blank line.
    assertThat(ModInfo.format(bi)).isEqualTo("go\tgo1.22.5\n"
        + "path\texample.com/hello\n"
        + "mod\texample.com/hello\t(devel)\t\n"
        + "dep\texample.com/greet\tv0.1.0\n"
        + "=>\t./greet\t(devel)\t\n"
        + "\n"
        + "dep\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
        + "build\t-ldflags=\"-s -w\"\n"
        + "build\tCGO_ENABLED=0\n"
        + "build\tvcs.modified=true\n");
  }

  /** Where the blob sits in a 1.5 MiB section: the first read, the mapped blocks and their edges, near the end, nowhere. */
  static Stream<Arguments> blobOffsets() {
    int size = 3 << 19;
    // Chunk, block and piece boundaries, and each place in a group of four candidates the search tests at once.
    return Stream.of(0, 1024 - 16, 1024 + 48, 4096 - 16, 4096, 4096 + 1024 + 16, 4096 + 3 * 1024 + 32,
        4096 + (64 << 10) - 16, 4096 + (64 << 10), (1 << 20) + 4096 - 16, (1 << 20) + 4096, size - 512, -1)
        .map(at -> Arguments.of(at, size));
  }

  @ParameterizedTest(name = "blob at {0} of {1}")
  @MethodSource("blobOffsets")
  void blobIsFoundAnywhereInALargeSection(int at, int size, @TempDir Path tmp) throws IOException {
    byte[] data = new byte[size];
    java.util.Arrays.fill(data, (byte) 0xff); // the magic's first byte everywhere
    if (at >= 0) {
      byte[] blob = TinyElf.inlineBlob("go1.26.5", TinyElf.framed(MOD));
      System.arraycopy(blob, 0, data, at, blob.length);
    }
    byte[] file = TinyElf.build(data);
    Path f = tmp.resolve("big");
    Files.write(f, file);
    String want = at >= 0 ? "go1.26.5" : "(none)";
    try (FileChannel ch = FileChannel.open(f)) {
      assertThat(version(ch)).as("from a file: version").isEqualTo(want);
    }
    assertThat(version(new Bytes(file))).as("from memory: version").isEqualTo(want);
  }

  private static String version(java.nio.channels.SeekableByteChannel ch) throws IOException {
    Image img = (Image) Executables.read(ch, "big");
    BuildInfoReader.Result r = BuildInfoReader.read(BinaryInput.of(ch, "big"), img);
    return r instanceof BuildInfoReader.Found found ? found.info().goVersion() : "(none)";
  }

  @Test
  void unframedModuleInfoIsDropped() throws IOException {
    byte[] file = TinyElf.build(TinyElf.inlineBlob("go1.17", "short"));
    Bytes ch = new Bytes(file);
    BuildInfoReader.Result r = BuildInfoReader.read(BinaryInput.of(ch, "x"), (Image) Executables.read(ch, "x"));
    BuildInfo bi = ((BuildInfoReader.Found) r).info();
    assertThat(bi.goVersion()).isEqualTo("go1.17");
    assertThat(bi.main().isNone()).isTrue();
  }

  static Stream<Arguments> badModInfo() {
    return Stream.of(
        Arguments.of("mod\ta\n", "could not parse Go build info: line 1: expected 2 or 3 columns; got 1"),
        Arguments.of("path\tp\ndep\ta\tb\tc\td\n", "line 2: expected 2 or 3 columns; got 4"),
        Arguments.of("mod\tm\tv1\n=>\ta\tb\n", "line 2: expected 3 columns for replacement; got 2"),
        Arguments.of("mod\tm\tv1\n=>\ta\tb\tc\t\n", "line 2: expected 3 columns for replacement; got 4"),
        Arguments.of("path\tp\n=>\ta\tb\tc\n", "line 2: replacement with no module on previous line"),
        Arguments.of("build\t\n", "line 1: build line missing '='"),
        Arguments.of("build\t=x\n", "line 1: build line with missing key"),
        Arguments.of("build\tk\n", "line 1: build line missing '=' after key"),
        Arguments.of("build\tk=a b\n", "line 1: unquoted value \"a b\" must be quoted"),
        Arguments.of("build\t\"k\n", "line 1: invalid quoted key in build line"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badModInfo")
  void malformedModuleInfoNamesTheLine(String mod, String want) {
    assertThatThrownBy(() -> ModInfo.parse("go1.22", mod, BuildInfo.Source.BLOB))
        .isInstanceOf(BuildInfoException.class)
        .hasMessage(want.startsWith("could") ? want : "could not parse Go build info: " + want);
  }

  @Test
  void modulesWithAndWithoutSumsAndReplacements() throws IOException {
    String mod = "path\tex/cmd\nmod\tex\t(devel)\t\ndep\ta\tv1.0.0\th1:a=\n=>\t../a\t\t\n"
        + "dep\tb\tv2.0.0\nbuild\t-ldflags=\"-s -w\"\n";
    BuildInfo bi = ModInfo.parse("go1.22.5", mod, BuildInfo.Source.BLOB);
    assertThat(bi.main()).isEqualTo(new Module("ex", "(devel)", "", null));
    assertThat(bi.deps()).containsExactly(
        new Module("a", "v1.0.0", "h1:a=", new Module("../a", "", "", null)),
        new Module("b", "v2.0.0", "", null));
    assertThat(bi.settings().get(0).value()).isEqualTo("-s -w");
    assertThat(ModInfo.format(bi)).isEqualTo("go\tgo1.22.5\npath\tex/cmd\nmod\tex\t(devel)\t\n"
        + "dep\ta\tv1.0.0\n=>\t../a\t\t\n\ndep\tb\tv2.0.0\t\nbuild\t-ldflags=\"-s -w\"\n");
  }

  @Test
  void quotedKeysAndValuesRoundTrip() throws IOException {
    String mod = "build\t\"a key\"=\"tab\\there\"\nbuild\tGOEXPERIMENT=\n";
    BuildInfo bi = ModInfo.parse("", mod, BuildInfo.Source.BLOB);
    assertThat(bi.settings().get(0).key()).isEqualTo("a key");
    assertThat(bi.settings().get(0).value()).isEqualTo("tab\there");
    assertThat(ModInfo.format(bi)).isEqualTo(mod);
  }
}
