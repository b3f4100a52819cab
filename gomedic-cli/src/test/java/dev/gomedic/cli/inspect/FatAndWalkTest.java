package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Platform;
import dev.gomedic.testkit.GoBinaries;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A universal Mach-O assembled here from two go 1.19 slices, and directories full of things that are not Go. */
class FatAndWalkTest {
  @TempDir Path tmp;

  static Path universal(Path dir, Path... slices) throws IOException {
    int align = 14;
    long off = 1L << align;
    ByteBuffer head = ByteBuffer.allocate(8 + 20 * slices.length);
    head.putInt(0xcafebabe).putInt(slices.length);
    List<byte[]> bodies = new java.util.ArrayList<>();
    for (Path s : slices) {
      byte[] b = Files.readAllBytes(s);
      ByteBuffer le = ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      head.putInt(le.getInt(4)).putInt(le.getInt(8)).putInt((int) off).putInt(b.length).putInt(align);
      bodies.add(b);
      off = (off + b.length + (1L << align) - 1) & -(1L << align);
    }
    byte[] out = new byte[(int) off];
    System.arraycopy(head.array(), 0, out, 0, head.position());
    long at = 1L << align;
    for (byte[] b : bodies) {
      System.arraycopy(b, 0, out, (int) at, b.length);
      at = (at + b.length + (1L << align) - 1) & -(1L << align);
    }
    Path f = dir.resolve("universal");
    Files.write(f, out);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    return f;
  }

  @Test
  void universalBinaryFromTwoSlices() throws IOException {
    Path amd = GoBinaries.build(new GoBinaries.Target("darwin", "amd64", "", List.of()));
    Path arm = GoBinaries.build(new GoBinaries.Target("darwin", "arm64", "", List.of()));
    Path fat = universal(tmp, amd, arm);
    FatImage img = (FatImage) Executables.read(fat);
    assertThat(img.slices()).extracting(Image::arch).as("slice arches").containsExactly("amd64", "arm64");
    assertThat(img.slices().get(1).fileOffset()).as("second slice offset").isGreaterThan(0);

    Cli.Run json = Cli.run(tmp, new Platform("darwin", "arm64", false), "inspect", "--json", "universal");
    assertThat(json.out()).contains("\"format\": \"macho-fat\"", "\"arch\": \"amd64,arm64\"", "\"slices\": [",
        "\"verdict\": \"native\"");
    Cli.Run intel = Cli.run(tmp, new Platform("darwin", "amd64", false), "inspect", "universal");
    assertThat(intel.out()).contains("runs here: yes, natively");

    // -m reads the first slice, as current Go does; go 1.19 itself did not read universal files at all.
    Files.copy(amd, tmp.resolve("first"));
    GoBinaries.Result slice = GoBinaries.goVersionM(tmp, List.of("first"));
    Cli.Run m = Cli.run(tmp, "inspect", "-m", "universal");
    assertThat(m.out()).isEqualTo(slice.stdout().replace("first:", "universal:"));
    GoBinaries.Result go119 = GoBinaries.goVersionM(tmp, List.of("universal"));
    assertThat(go119.stderr()).isEqualTo(
        "universal: could not read Go build info from universal: unrecognized file format\n");
  }

  @Test
  void directoriesCarryOnPastBadFiles() throws Exception {
    Path bin = GoBinaries.build(new GoBinaries.Target("linux", "amd64", "", List.of()));
    Path exe = GoBinaries.build(new GoBinaries.Target("windows", "amd64", "", List.of()));
    Path d = tmp.resolve("d");
    Files.createDirectories(d.resolve("sub"));
    Files.writeString(d.resolve("README.txt"), "not a binary\n");
    Files.writeString(d.resolve("script.sh"), "#!/bin/sh\necho hi\n");
    Files.setPosixFilePermissions(d.resolve("script.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.copy(bin, d.resolve("hello"));
    Files.copy(exe, d.resolve("sub/hello.exe"));
    byte[] whole = Files.readAllBytes(bin);
    Files.write(d.resolve("truncated"), Arrays.copyOf(whole, 100));
    Files.setPosixFilePermissions(d.resolve("truncated"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.write(d.resolve("sub/locked"), whole);
    Files.setPosixFilePermissions(d.resolve("sub/locked"), PosixFilePermissions.fromString("---------"));
    Process mk = new ProcessBuilder("mkfifo", d.resolve("fifo").toString()).start();
    assertThat(mk.waitFor()).as("mkfifo exit").isZero();

    // go version -m over the directory and over each file named: byte for byte.
    for (List<String> args : List.of(List.of("d"), List.of("d/README.txt", "d/fifo", "d/truncated", "d/hello",
        "d/script.sh", "d/missing"))) {
      GoBinaries.Result want = GoBinaries.goVersionM(tmp, args);
      String[] a = new String[args.size() + 2];
      a[0] = "inspect";
      a[1] = "-m";
      for (int i = 0; i < args.size(); i++) {
        a[i + 2] = args.get(i);
      }
      Cli.Run got = Cli.run(tmp, a);
      assertThat(got.out()).as("-m %s stdout", args).isEqualTo(want.stdout());
      assertThat(got.err()).as("-m %s stderr", args).isEqualTo(want.stderr());
      assertThat(got.code()).as("-m %s exit", args).isEqualTo(want.code());
    }

    Cli.Run walk = Cli.run(tmp, "inspect", "-r", "d");
    assertThat(walk.out()).contains("d/hello: ELF 64-bit LSB executable, linux/amd64", "d/sub/hello.exe: PE32+");
    assertThat(walk.err()).contains("d/truncated: program header table (7 entries at offset 64) runs past the end of the file")
        .doesNotContain("README.txt", "fifo", "script.sh");
    assertThat(walk.code()).as("exit code of a walk with a broken file").isEqualTo(0);

    Cli.Run named = Cli.run(tmp, "inspect", "d/README.txt", "d/fifo", "d/truncated", "d/hello", "d/missing");
    assertThat(named.err()).isEqualTo(String.join("\n",
        "gomedic: d/README.txt: not an ELF, Mach-O or PE binary",
        "gomedic: d/fifo: not a regular file",
        "gomedic: d/truncated: program header table (7 entries at offset 64) runs past the end of the file",
        "gomedic: d/missing: no such file or directory", ""));
    assertThat(named.out()).contains("d/hello: ELF");
    assertThat(named.code()).isEqualTo(1);
  }

  @Test
  void sbomListsTheModulesWithPurls() throws IOException {
    Path bin = GoBinaries.build(new GoBinaries.Target("linux", "amd64", "", List.of()));
    Files.copy(bin, tmp.resolve("hello"));
    Cli.Run sbom = Cli.run(tmp, "inspect", "--sbom", "cyclonedx", "hello");
    assertThat(sbom.code()).as("exit; stderr %s", sbom.err()).isZero();
    assertThat(sbom.out()).contains("\"bomFormat\" : \"CycloneDX\"", "\"specVersion\" : \"1.6\"",
        "\"purl\" : \"pkg:golang/example.com/hello\"", "\"purl\" : \"pkg:golang/example.com/greet@v0.1.0\"",
        "\"value\" : \"./greet@(devel)\"");
    String again = Cli.run(tmp, "inspect", "--sbom", "cyclonedx", "hello").out();
    assertThat(again.replaceAll("\"timestamp\" : \"[^\"]*\"", ""))
        .as("the same SBOM but for its timestamp")
        .isEqualTo(sbom.out().replaceAll("\"timestamp\" : \"[^\"]*\"", ""));
    assertThat(new String(sbom.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotEmpty();
  }
}
