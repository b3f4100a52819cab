package dev.gomedic.mod.modzip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** zip_test.go's TestCreateFromDirSpecial, plus the omissions only a real directory can show. */
class CreateFromDirSpecialTest {
  private static final String EMPTY = "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  private static final ModuleVersion M = new ModuleVersion("example.com/m", "v1.0.0");

  @TempDir Path tmp;

  private String zipHash(Path dir) throws IOException {
    Path zip = tmp.resolve("out.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      ModZip.createFromDir(out, M, dir);
    }
    return DirHash.hashZip(zip);
  }

  private static void assertHash(String got, String want) {
    assertThat(got).as("got hash %s, want %s", got, want).isEqualTo(want);
  }

  @Test
  void emptyDirectoryIsIgnored() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("src/empty"));
    assertHash(zipHash(dir.getParent()), EMPTY);
  }

  @Test
  void symbolicLinkIsIgnored() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("src"));
    Files.createSymbolicLink(dir.resolve("link"), dir);
    assertHash(zipHash(dir), EMPTY);
    CheckedFiles cf = ModZip.checkDir(dir);
    assertThat(cf.omitted()).containsExactly(new FileError(dir.resolve("link").toString(), "not a regular file"));
  }

  @Test
  void moduleRootNamedVendor() throws IOException {
    Path vendor = Files.createDirectories(tmp.resolve("src/vendor"));
    Files.writeString(vendor.resolve("go.mod"), "module example.com/m\n\ngo 1.13\n");
    assertHash(zipHash(vendor), "h1:XduFAgX/GaspZa8Jv4pfzoGEzNaU/r88PiCunijw5ok=");
  }

  @Test
  void symlinkedGoModMakesASubmoduleButIsNotRead() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(dir.resolve("go.mod"), "module example.com/m\n");
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(sub.resolve("x.go"), "package x");
    Files.createSymbolicLink(sub.resolve("go.mod"), dir.resolve("go.mod"));
    CheckedFiles cf = ModZip.checkDir(dir);
    assertThat(cf.valid()).containsExactly(dir.resolve("go.mod").toString());
    assertThat(cf.omitted()).containsExactly(new FileError(sub.toString(), "directory is in another module"));
  }
}
