package dev.gomedic.toolchain.install;

import dev.gomedic.testkit.release.TarGz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeExtractorTest {
  @TempDir Path dir;

  interface Body {
    void write(TarGz t) throws Exception;
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("dotdot", (Body) t -> t.file("go/../evil", new byte[] {1}, 0644), "go/../evil: path contains .."),
        Arguments.of("absolute", (Body) t -> t.file("/tmp/evil", new byte[] {1}, 0644), "/tmp/evil: absolute path"),
        Arguments.of("outside go/", (Body) t -> t.file("evil", new byte[] {1}, 0644),
            "evil: entry outside the go/ directory"),
        Arguments.of("symlink to /etc", (Body) t -> t.entry("go/etc", '2', "/etc"),
            "go/etc: symlink to absolute path /etc"),
        Arguments.of("symlink up", (Body) t -> t.entry("go/up", '2', "../../.."),
            "go/up: symlink points outside the tree: ../../.."),
        Arguments.of("write through symlink", (Body) t -> {
          t.entry("go/a", '2', ".");
          t.file("go/a", new byte[] {1}, 0644);
        }, "go/a: would overwrite a symlink"),
        Arguments.of("symlink chain escape", (Body) t -> {
          t.dir("go/a/b");
          t.dir("go/z");
          t.entry("go/a/b/l", '2', "../../z");
          t.entry("go/m", '2', "a/b/l/../../..");
        }, "symlink resolves outside the tree"),
        Arguments.of("dangling symlink", (Body) t -> t.entry("go/d", '2', "nowhere/../x"),
            "go/d: symlink target does not exist in the tree"),
        Arguments.of("hard link", (Body) t -> t.entry("go/h", '1', "go/VERSION"), "go/h: hard links are not allowed"),
        Arguments.of("char device", (Body) t -> t.entry("go/dev", '3', ""), "go/dev: device files"),
        Arguments.of("fifo", (Body) t -> t.entry("go/fifo", '6', ""), "go/fifo: device files"),
        Arguments.of("tar bomb", (Body) t -> t.zeros("go/zeros", 64L << 20), "refusing a possible zip bomb"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void refusesHostileTar(String name, Body body) throws Exception {
    Path archive = dir.resolve("a.tar.gz");
    try (TarGz t = new TarGz(archive)) {
      t.file("go/VERSION", "go1.0.0\n".getBytes(), 0644);
      body.write(t);
    }
    Path dest = dir.resolve("out");
    assertThatThrownBy(() -> new SafeExtractor(SafeExtractor.Limits.defaults()).extract(archive, dest))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining(name.equals("tar bomb") ? "refusing a possible zip bomb"
            : (String) hostile().filter(a -> a.get()[0].equals(name)).findFirst().orElseThrow().get()[2]);
    assertThat(dir.resolve("evil")).doesNotExist();
    assertThat(Path.of("/tmp/evil")).doesNotExist();
  }

  @Test
  void refusesZipBomb() throws Exception {
    Path archive = dir.resolve("go.windows-amd64.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(archive))) {
      z.putNextEntry(new ZipEntry("go/VERSION"));
      z.write("go1.0.0\n".getBytes());
      z.putNextEntry(new ZipEntry("go/bomb"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        z.write(zeros);
      }
    }
    assertThatThrownBy(() -> new SafeExtractor(SafeExtractor.Limits.defaults()).extract(archive, dir.resolve("o")))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining("go/bomb: compression ratio")
        .hasMessageEndingWith("is too high: refusing a possible zip bomb");
  }

  @Test
  void zipDotDotRefused() throws Exception {
    Path archive = dir.resolve("x.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(archive))) {
      z.putNextEntry(new ZipEntry("go/../../evil"));
      z.write(1);
    }
    assertThatThrownBy(() -> new SafeExtractor(SafeExtractor.Limits.defaults()).extract(archive, dir.resolve("o")))
        .hasMessage("x.zip: go/../../evil: path contains ..");
  }

  @Test
  void unpacksGoodArchiveWithInnerSymlinkAndLongNames() throws Exception {
    Path archive = dir.resolve("good.tar.gz");
    String longName = "go/src/" + "deep/".repeat(30) + "file.go";
    try (TarGz t = new TarGz(archive)) {
      t.dir("go");
      t.file("go/VERSION", "go1.0.0\n".getBytes(), 0644);
      t.file("go/bin/go", "#!/bin/sh\n".getBytes(), 0755);
      t.file(longName, "package deep\n".getBytes(), 0644);
      t.entry("go/link", '2', "bin/go");
    }
    Path out = dir.resolve("out");
    new SafeExtractor(SafeExtractor.Limits.defaults()).extract(archive, out);
    assertThat(out.resolve("VERSION")).hasContent("go1.0.0");
    assertThat(Files.isExecutable(out.resolve("bin/go"))).isTrue();
    assertThat(out.resolve(longName.substring(3))).hasContent("package deep");
    assertThat(Files.readSymbolicLink(out.resolve("link"))).isEqualTo(Path.of("bin/go"));
  }

  @Test
  void truncatedAndGarbageArchivesFail() throws Exception {
    Path archive = dir.resolve("good.tar.gz");
    try (TarGz t = new TarGz(archive)) {
      t.file("go/VERSION", "x".repeat(5000).getBytes(), 0644);
    }
    byte[] all = Files.readAllBytes(archive);
    Path cut = dir.resolve("cut.tar.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    assertThatThrownBy(() -> new SafeExtractor(SafeExtractor.Limits.defaults()).extract(cut, dir.resolve("o1")))
        .isInstanceOf(java.io.IOException.class);
    Path junk = dir.resolve("junk.tar.gz");
    try (OutputStream o = Files.newOutputStream(junk)) {
      o.write("not gzip at all".getBytes());
    }
    assertThatThrownBy(() -> new SafeExtractor(SafeExtractor.Limits.defaults()).extract(junk, dir.resolve("o2")))
        .hasMessageStartingWith("junk.tar.gz: not a gzip file");
  }
}
