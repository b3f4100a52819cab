package dev.gomedic.mod.modzip;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of the package documentation, as written there. */
class PackageExampleTest {
  private static final ModuleVersion M = new ModuleVersion("example.com/m", "v1.0.0");

  @TempDir Path tmp;

  private static ModuleFile file(String path) {
    return ModuleFile.of(path, ("// " + path + "\n").getBytes(UTF_8));
  }

  @Test
  void checkAndCreate() {
    List<ModuleFile> files =
        List.of(file("go.mod"), file("a.go"), file("vendor/x/y.go"), file("sub/go.mod"), file("A.GO"));
    CheckedFiles cf = ModZip.checkFiles(files);
    assertThat(cf.valid()).containsExactly("go.mod", "a.go");
    assertThat(cf.omitted()).containsExactly(
        new FileError("vendor/x/y.go", "file is in vendor directory"),
        new FileError("sub/go.mod", "file is in another module"));
    String collision = "A.GO: case-insensitive file name collision: \"a.go\" and \"A.GO\"";
    assertThat(cf.invalid()).map(FileError::toString).containsExactly(collision);
    assertThatThrownBy(() -> ModZip.create(OutputStream.nullOutputStream(), M, files))
        .isInstanceOf(ModZipException.class)
        .hasMessage("create zip: " + collision);
  }

  @Test
  void unzipTraversal() throws IOException {
    Path zip = new RawZip().add("example.com/m@v1.0.0/../x", "x").write(tmp.resolve("t.zip"));
    assertThatThrownBy(() -> ModZip.unzip(tmp.resolve("out"), M, zip))
        .hasMessage("unzip " + zip
            + ": example.com/m@v1.0.0/../x: malformed file path \"../x\": invalid path element \"..\"");
  }
}
