package dev.gomedic.mod.modzip;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** zip_test.go's TestCreateSizeLimits, TestUnzipSizeLimits and TestUnzipSizeLimitsSpecial. */
class SizeLimitTest {
  private static final ModuleVersion M = new ModuleVersion("example.com/large", "v1.0.0");
  private static final long MAX = ModZip.MAX_ZIP_FILE;

  @TempDir Path tmp;

  /** A case: files, the error CheckFiles/Create want, the one CheckZip/Unzip want ("" for success). */
  private record Limit(String desc, List<FakeFile> files, String filesErr, String zipErr) {}

  private static final List<Limit> LIMITS = List.of(
      new Limit("one_large", List.of(FakeFile.zeros("large.go", MAX)), "", ""),
      new Limit("one_too_large", List.of(FakeFile.zeros("large.go", MAX + 1)),
          "module source tree too large", "total uncompressed size of module contents too large"),
      new Limit("total_large",
          List.of(FakeFile.zeros("small.go", 10), FakeFile.zeros("large.go", MAX - 10)), "", ""),
      new Limit("total_too_large",
          List.of(FakeFile.zeros("small.go", 10), FakeFile.zeros("large.go", MAX - 9)),
          "module source tree too large", "total uncompressed size of module contents too large"),
      new Limit("large_gomod", List.of(FakeFile.zeros("go.mod", ModZip.MAX_GO_MOD)), "", ""),
      new Limit("too_large_gomod", List.of(FakeFile.zeros("go.mod", ModZip.MAX_GO_MOD + 1)),
          "go.mod file too large", "go.mod file too large"),
      new Limit("large_license", List.of(FakeFile.zeros("LICENSE", ModZip.MAX_LICENSE)), "", ""),
      new Limit("too_large_license", List.of(FakeFile.zeros("LICENSE", ModZip.MAX_LICENSE + 1)),
          "LICENSE file too large", "LICENSE file too large"),
      new Limit("negative", List.of(FakeFile.zeros("neg.go", Long.MIN_VALUE)),
          "module source tree too large", "total uncompressed size of module contents too large"));

  private static void assertError(String what, Optional<String> got, String want) {
    if (want.isEmpty()) {
      assertThat(got).as("%s: got error %s, want success", what, got).isEmpty();
    } else {
      assertThat(got).as("%s: got %s, want an error containing %s", what, got, want)
          .hasValueSatisfying(m -> assertThat(m).contains(want));
    }
  }

  @TestFactory
  Stream<DynamicTest> checkFilesAndCreate() {
    return LIMITS.stream().map(l -> DynamicTest.dynamicTest(l.desc(), () -> {
      assertError("CheckFiles", ModZip.checkFiles(l.files()).error(), l.filesErr());
      boolean cheap = l.files().stream().allMatch(f -> f.size() <= ModZip.MAX_GO_MOD + 1);
      if (!l.filesErr().isEmpty() || cheap) {
        Optional<String> got;
        try {
          ModZip.create(OutputStream.nullOutputStream(), M, l.files());
          got = Optional.empty();
        } catch (ModZipException e) {
          got = Optional.of(e.getMessage());
        }
        assertError("Create", got, l.filesErr());
      }
    }));
  }

  @Test
  void createRefusesAFileLargerThanItDeclared() {
    FakeFile lie = new FakeFile("lie.go", 1, "package large".getBytes(UTF_8));
    assertThatThrownBy(() -> ModZip.create(OutputStream.nullOutputStream(), M, List.of(lie)))
        .isInstanceOf(ModZipException.class)
        .hasMessage("create zip: file \"lie.go\" is larger than declared size");
  }

  /**
   * The zips declare the sizes without holding the bytes: the check reads headers only. The negative size
   * (a ZIP64 size of 2^63) is left out: the JDK refuses such a zip as it opens it, see below.
   */
  @TestFactory
  Stream<DynamicTest> checkZipAndUnzip() {
    return LIMITS.stream().filter(l -> !l.desc().equals("negative")).map(l -> DynamicTest.dynamicTest(l.desc(), () -> {
      RawZip raw = new RawZip();
      for (FakeFile f : l.files()) {
        raw.add("example.com/large@v1.0.0/" + f.path(), new byte[0], false, f.size(), 0);
      }
      Path zip = raw.write(tmp.resolve(l.desc() + ".zip"));
      assertError("CheckZip", ModZip.checkZip(M, zip).error(), l.zipErr());
      if (!l.zipErr().isEmpty()) {
        Path out = tmp.resolve(l.desc());
        assertThatThrownBy(() -> ModZip.unzip(out, M, zip)).hasMessageContaining(l.zipErr());
        assertThat(out).as("nothing extracted").doesNotExist();
      }
    }));
  }

  /** Go reports the size; the JDK's ZipFile already refuses the ZIP64 field, which is as safe. */
  @Test
  void negativeDeclaredSizeIsRefused() throws IOException {
    Path zip = new RawZip()
        .add("example.com/large@v1.0.0/neg.go", new byte[0], false, Long.MIN_VALUE, 0)
        .write(tmp.resolve("neg.zip"));
    assertThatThrownBy(() -> ModZip.checkZip(M, zip)).hasMessage("zip: not a valid zip file");
  }

  @Test
  void zip64DeclaredSizeOverTheLimitIsRefused() throws IOException {
    Path zip = new RawZip()
        .add("example.com/large@v1.0.0/huge.go", new byte[0], false, 5L << 30, 0)
        .write(tmp.resolve("huge.zip"));
    String want = "total uncompressed size of module contents too large (max size is 524288000 bytes)";
    assertThat(ModZip.checkZip(M, zip).error()).as("got, want %s", want).hasValue(want);
  }

  @Test
  void zipOverTheLimitIsRefusedBeforeOpening() throws IOException {
    Path zip = tmp.resolve("too_large.zip");
    try (RandomAccessFile f = new RandomAccessFile(zip.toFile(), "rw")) {
      f.setLength(MAX + 1);
    }
    ModuleVersion m = new ModuleVersion("example.com/m", "v1.0.0");
    assertThatThrownBy(() -> ModZip.unzip(tmp.resolve("out"), m, zip))
        .hasMessage("unzip " + zip + ": module zip file is too large (524288001 bytes; limit is 524288000 bytes)");
  }

  @Test
  void zipAtTheLimitIsOpened() throws IOException {
    Path zip = tmp.resolve("large.zip");
    try (RandomAccessFile f = new RandomAccessFile(zip.toFile(), "rw")) {
      f.setLength(MAX);
    }
    ModuleVersion m = new ModuleVersion("example.com/m", "v1.0.0");
    assertThatThrownBy(() -> ModZip.unzip(tmp.resolve("out"), m, zip)).hasMessageContaining("not a valid zip file");
  }

  /** Go's size_is_a_lie: go.mod of 0x0BAD zero bytes whose headers claim 0xAC. */
  @Test
  void unzipRefusesMoreBytesThanDeclared() throws IOException {
    byte[] data = new byte[0x0BAD];
    Path zip = new RawZip()
        .add("example.com/m@v1.0.0/go.mod", data, true, 0xAC, RawZip.crc(data))
        .write(tmp.resolve("lie.zip"));
    Path out = tmp.resolve("out");
    ModuleVersion m = new ModuleVersion("example.com/m", "v1.0.0");
    assertThatThrownBy(() -> ModZip.unzip(out, m, zip))
        .hasMessage("unzip " + zip + ": uncompressed size of file example.com/m@v1.0.0/go.mod is larger than"
            + " declared size (172 bytes)");
    assertThat(Files.size(out.resolve("go.mod"))).as("bytes written").isLessThanOrEqualTo(0xAC);
  }
}
