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
}
