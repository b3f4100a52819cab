package dev.gomedic.testkit.release;

import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Slow-to-make test fixtures, cached under ${GOMEDIC_TEST_CACHE:-~/.cache/gomedic-test}/toolchain/. */
public final class Fixtures {
  private Fixtures() {}

  public static Path cacheDir() throws IOException {
    String env = System.getenv("GOMEDIC_TEST_CACHE");
    Path base = env != null && !env.isEmpty() ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".cache", "gomedic-test");
    Path dir = base.resolve("toolchain");
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * Debian's Go 1.19 (/usr/lib/go-1.19, symlinks followed, without its test/ suite) repacked as
   * go/... into go1.19.8.linux-amd64.tar.gz, as dl.google.com lays out its archives. Keyed by the tree's
   * VERSION and file count.
   */
  public static synchronized Path go119Archive() throws IOException {
    Oracle.requireGo();
    Path root = Oracle.GOROOT_119;
    String version = Files.readString(root.resolve("VERSION")).strip();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      files = walk.filter(p -> !root.relativize(p).toString().startsWith("test")).sorted().toList();
    }
    Path out = cacheDir().resolve("go1.19.8.linux-amd64-" + version + "-" + files.size() + ".tar.gz");
    if (Files.isRegularFile(out)) {
      return out;
    }
    Path tmp = Files.createTempFile(cacheDir(), "repack", ".tmp");
    try (TarGz tar = new TarGz(tmp)) {
      for (Path p : files) {
        String name = "go/" + root.relativize(p).toString();
        if (Files.isDirectory(p)) {
          tar.dir(name);
        } else if (Files.isRegularFile(p)) {
          tar.file(name, p, Files.isExecutable(p) ? 0755 : 0644);
        }
      }
    }
    Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return out;
  }

  /**
   * The real go1.19.8 source release and Google's OpenPGP signature of it, under their upstream names
   * ({@code go1.19.8.src.tar.gz}, {@code .asc}). They come from Debian's golang-1.19 1.19.8-2 source package,
   * whose orig tarball is the upstream file byte for byte; .ci/install.d/60-toolchain.sh downloads it into
   * {@code <cache>/toolchain/debian/}. Missing: skipped locally, a failure under CI.
   */
  public static synchronized GoSource go1198Source() throws IOException {
    Path debian = cacheDir().resolve("debian");
    Path orig = debian.resolve("golang-1.19_1.19.8.orig.tar.gz");
    Path asc = debian.resolve("golang-1.19_1.19.8.orig.tar.gz.asc");
    String reason = orig + " (+.asc) is missing: run the gomedic_go_src_fixture step of"
        + " .ci/install.d/60-toolchain.sh (apt-get source --download-only golang-1.19=1.19.8-2)";
    boolean present = Files.isRegularFile(orig) && Files.isRegularFile(asc);
    if (Oracle.inCi()) {
      org.junit.jupiter.api.Assertions.assertTrue(present, reason);
    } else {
      org.junit.jupiter.api.Assumptions.assumeTrue(present, reason);
    }
    Path dir = cacheDir().resolve("go1.19.8-src");
    Files.createDirectories(dir);
    GoSource src = new GoSource(dir.resolve("go1.19.8.src.tar.gz"), dir.resolve("go1.19.8.src.tar.gz.asc"));
    for (Path[] copy : new Path[][] {{orig, src.tarball()}, {asc, src.signature()}}) {
      if (!Files.isRegularFile(copy[1]) || Files.size(copy[1]) != Files.size(copy[0])) {
        Path tmp = Files.createTempFile(dir, "copy", ".tmp");
        Files.copy(copy[0], tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, copy[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return src;
  }

  /** A source release file and its detached signature. */
  public record GoSource(Path tarball, Path signature) {}
}
