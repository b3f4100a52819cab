package dev.gomedic.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInfoBinaryReaderTest {
  private final GoBinaryReader reader = new BuildInfoBinaryReader();

  @Test
  void readsTheVersionOfAGoBinaryCopiedAwayFromItsGoroot(@TempDir Path tmp) throws Exception {
    Path go = Oracle.requireGo();
    Path copy = Files.copy(go, tmp.resolve("go"));
    Optional<GoBinaryReader.Facts> facts = reader.read(copy);
    // The VERSION file's first line, e.g. go1.19.8, is what the binary was built as.
    String want = Files.readString(Oracle.GOROOT_119.resolve("VERSION")).lines().findFirst().orElseThrow();
    assertThat(facts.map(GoBinaryReader.Facts::goVersion))
        .as("version of a copied go 1.19 binary: got %s, want %s", facts, want)
        .contains(want);
  }

  @Test
  void aTextFileIsNotAGoBinary(@TempDir Path tmp) throws Exception {
    Path text = Files.writeString(tmp.resolve("go"), "#!/bin/sh\necho go version go1.99 linux/amd64\n");
    assertThat(reader.read(text)).as("facts of a shell script").isEmpty();
  }

  @Test
  void aMissingFileIsUnknown(@TempDir Path tmp) {
    assertThat(reader.read(tmp.resolve("absent"))).isEmpty();
  }
}
