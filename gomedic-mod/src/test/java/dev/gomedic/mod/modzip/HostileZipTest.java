package dev.gomedic.mod.modzip;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Zips built to attack an extractor: each is refused with x/mod's message and writes nothing outside the target. */
class HostileZipTest {
  private static final ModuleVersion M = new ModuleVersion("example.com/m", "v1.0.0");
  private static final String P = "example.com/m@v1.0.0/";

  @TempDir Path tmp;
  private Path target;

  @BeforeEach
  void layout() throws IOException {
    target = tmp.resolve("cache/example.com/m@v1.0.0");
    Files.createDirectories(target.getParent());
  }

  /** A hostile entry next to an honest go.mod, and the invalid line CheckZip must report. */
  private record Attack(String desc, RawZip zip, String wantInvalid) {}

  private static RawZip withGoMod() {
    return new RawZip().add(P + "go.mod", "module example.com/m\n");
  }

  private static List<Attack> attacks() {
    return List.of(
        new Attack("traversal", withGoMod().add(P + "../../../evil.txt", "x"),
            P + "../../../evil.txt: malformed file path \"../../../evil.txt\": invalid path element \"..\""),
        new Attack("traversal inside", withGoMod().add(P + "a/../../evil.txt", "x"),
            P + "a/../../evil.txt: file path is not clean"),
        new Attack("absolute", withGoMod().add("/tmp/evil.txt", "x"),
            "/tmp/evil.txt: path does not have prefix \"example.com/m@v1.0.0/\""),
        new Attack("absolute after prefix", withGoMod().add(P + "/tmp/evil.txt", "x"),
            P + "/tmp/evil.txt: malformed file path \"/tmp/evil.txt\": empty path element"),
        new Attack("backslash", withGoMod().add(P + "..\\evil.txt", "x"),
            P + "..\\evil.txt: malformed file path \"..\\\\evil.txt\": invalid char '\\\\'"),
        new Attack("duplicate", withGoMod().add(P + "a.go", "package a").add(P + "a.go", "package evil"),
            P + "a.go: multiple entries for file \"a.go\""),
        new Attack("case collision", withGoMod().add(P + "m.go", "package m").add(P + "M.GO", "package m"),
            P + "M.GO: case-insensitive file name collision: \"m.go\" and \"M.GO\""),
        new Attack("Kelvin sign collides with k", withGoMod().add(P + "k.go", "a").add(P + "\u212A.go", "b"),
            P + "\u212A.go: case-insensitive file name collision: \"k.go\" and \"\u212A.go\""),
        new Attack("file and directory", withGoMod().add(P + "a", "x").add(P + "a/b.go", "y"),
            P + "a/b.go: entry \"a\" is both a file and a directory"),
        new Attack("go.mod declared too large",
            new RawZip().add(P + "go.mod", new byte[0], false, ModZip.MAX_GO_MOD + 1L, 0),
            P + "go.mod: go.mod file too large (max size is 16777216 bytes)"),
        new Attack("nested go.mod", withGoMod().add(P + "sub/go.mod", "module x"),
            P + "sub/go.mod: go.mod file not in module root directory"));
  }

  @TestFactory
  Stream<DynamicTest> refusedBeforeAnythingIsWritten() {
    return attacks().stream().map(a -> DynamicTest.dynamicTest(a.desc(), () -> {
      Path zip = a.zip().write(tmp.resolve("attack.zip"));
      CheckedFiles cf = ModZip.checkZip(M, zip);
      List<String> got = cf.invalid().stream().map(FileError::toString).toList();
      assertThat(got).as("got %s, want %s", got, a.wantInvalid()).containsExactly(a.wantInvalid());
      assertThatThrownBy(() -> ModZip.unzip(target, M, zip))
          .isInstanceOf(ModZipException.class)
          .hasMessage("unzip " + zip + ": " + a.wantInvalid());
      assertNothingWritten();
    }));
  }

  private void assertNothingWritten() throws IOException {
    assertThat(target).as("target created").doesNotExist();
    try (Stream<Path> all = Files.walk(tmp)) {
      List<String> files = all.filter(Files::isRegularFile).map(p -> tmp.relativize(p).toString()).toList();
      assertThat(files).as("files under the temp dir").containsExactly("attack.zip");
    }
  }

  @Test
  void bombInflatingPastItsDeclaredSizeStopsThere() throws IOException {
    byte[] huge = new byte[64 << 20]; // deflates to about 64 KiB
    Path zip = new RawZip()
        .add(P + "go.mod", "module example.com/m\n")
        .add(P + "bomb.txt", huge, true, 100, RawZip.crc(huge))
        .write(tmp.resolve("bomb.zip"));
    assertThat(Files.size(zip)).as("zip size").isLessThan(1 << 20);
    assertThat(ModZip.checkZip(M, zip).error()).as("headers alone look fine").isEmpty();
    assertThatThrownBy(() -> ModZip.unzip(target, M, zip))
        .hasMessage("unzip " + zip + ": uncompressed size of file " + P
            + "bomb.txt is larger than declared size (100 bytes)");
    assertThat(Files.size(target.resolve("bomb.txt"))).as("bytes written").isLessThanOrEqualTo(100);
  }

  @Test
  void entryShorterThanDeclaredIsRefused() throws IOException {
    byte[] data = "package a\n".getBytes(UTF_8);
    Path zip = new RawZip().add(P + "a.go", data, true, 50, RawZip.crc(data)).write(tmp.resolve("short.zip"));
    assertThatThrownBy(() -> ModZip.unzip(target, M, zip)).hasMessage("unzip " + zip + ": unexpected EOF");
  }

  @Test
  void checksumMismatchIsRefused() throws IOException {
    byte[] data = "package a\n".getBytes(UTF_8);
    Path zip = new RawZip().add(P + "a.go", data, false, data.length, RawZip.crc(data) ^ 1)
        .write(tmp.resolve("crc.zip"));
    assertThatThrownBy(() -> ModZip.unzip(target, M, zip)).hasMessage("unzip " + zip + ": zip: checksum error");
  }

  @Test
  void targetMustBeEmpty() throws IOException {
    Files.createDirectories(target);
    Files.writeString(target.resolve("old.go"), "package old");
    Path zip = withGoMod().write(tmp.resolve("ok.zip"));
    assertThatThrownBy(() -> ModZip.unzip(target, M, zip))
        .hasMessage("unzip " + zip + ": target directory " + target + " exists and is not empty");
    assertThat(target.resolve("go.mod")).doesNotExist();
  }

  @Test
  void honestZipIsExtractedReadOnly() throws IOException {
    Path zip = withGoMod().add(P + "a/b/c.go", "package c\n").add(P + "a/", new byte[0])
        .write(tmp.resolve("ok.zip"));
    ModZip.unzip(target, M, zip);
    assertThat(target.resolve("a/b/c.go")).hasContent("package c");
    String perms = java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(target.resolve("go.mod")));
    assertThat(perms).as("got %s, want r--r--r--", perms).isEqualTo("r--r--r--");
  }

  @Test
  void notAZipIsRefused() throws IOException {
    Path zip = Files.writeString(tmp.resolve("junk.zip"), "not a zip");
    assertThatThrownBy(() -> ModZip.checkZip(M, zip)).hasMessage("zip: not a valid zip file");
  }
}
