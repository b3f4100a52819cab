package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that takes a path, given each kind of bad path: one line on stderr with the OS's reason, exit 1,
 * no Java class name, and nothing changed on disk. Unreadable files are tried as a user the file mode applies to
 * (see {@link Unprivileged}).
 */
class UserPathFaultTest {
  private static final String ZEROS = "0".repeat(64);

  /** A command line with {@code %s} where the path goes, and which kinds of bad path it is tried with. */
  record Template(String line, List<String> kinds) {
    String[] args(String path) {
      return line.formatted(path).split(" ");
    }
  }

  /** The bad paths of the fixture, and the reason each must be reported with. */
  static final Map<String, String> FILE_FAULTS = Map.of("missing", "no such file or directory", "d",
      "is a directory", "fifo", "not a regular file", "dangling", "no such file or directory");
  static final Map<String, String> DIR_FAULTS = Map.of("missing", "no such file or directory", "ok.mod",
      "not a directory", "fifo", "not a directory", "dangling", "no such file or directory");

  static final List<String> ALL = List.of("missing", "d", "fifo", "dangling");

  static final List<Template> FILE_ARGS = List.of(
      new Template("explain %s", ALL),
      new Template("verify %s --sha256 " + ZEROS, ALL),
      new Template("verify ok.mod --sha256 %s", ALL),
      new Template("verify ok.mod --sig %s", ALL),
      new Template("verify ok.mod --sig ok.mod --key %s", ALL),
      new Template("mod fmt %s", ALL),
      new Template("mod fmt -w %s", ALL),
      new Template("mod edit -fmt %s", ALL),
      new Template("mod edit -require=example.com/a@v1.0.0 %s", ALL),
      new Template("inspect %s", List.of("missing", "fifo", "dangling")), // a directory is walked
      new Template("doctor --go %s", List.of("missing", "d", "fifo")), // a dangling go link is a diagnosis
      new Template("env --go %s", ALL),
      new Template("mod hash %s", List.of("missing", "fifo", "dangling")), // a directory needs --module
      new Template("mod hash --module example.com/m@v1.0.0 %s", List.of("missing", "fifo", "dangling")),
      new Template("mod zip check %s", List.of("missing", "fifo", "dangling"))); // a directory is checked

  static final List<Template> DIR_ARGS = List.of(
      new Template("doctor --dir %s", List.of("missing", "ok.mod", "fifo", "dangling")),
      new Template("env --dir %s", List.of("missing", "ok.mod", "fifo", "dangling")),
      new Template("explain --dir %s ok.mod", List.of("missing", "ok.mod", "fifo", "dangling")),
      new Template("mod zip create --module example.com/m@v1.0.0 %s out.zip",
          List.of("missing", "ok.mod", "fifo", "dangling")),
      new Template("mod zip create --module example.com/m@v1.0.0 d %s/out.zip",
          List.of("missing", "ok.mod", "fifo", "dangling")));

  @TempDir Path dir;

  @BeforeEach
  void fixture() throws Exception {
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("ok.mod"), "module example.com/ok\n\ngo 1.19\n");
    Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
    Process p = new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).inheritIO().start();
    assertThat(p.waitFor()).as("mkfifo exit code").isZero();
    Files.writeString(dir.resolve("unread"), "module example.com/unread\n");
    Files.setPosixFilePermissions(dir.resolve("unread"), PosixFilePermissions.fromString("-w--w--w-"));
  }

  @TestFactory
  Stream<DynamicTest> badPaths() {
    List<DynamicTest> all = new ArrayList<>();
    for (Template t : FILE_ARGS) {
      for (String kind : t.kinds()) {
        all.add(DynamicTest.dynamicTest(t.line().formatted(kind), () -> fails(t.args(kind), kind,
            FILE_FAULTS.get(kind))));
      }
    }
    for (Template t : DIR_ARGS) {
      for (String kind : t.kinds()) {
        all.add(DynamicTest.dynamicTest(t.line().formatted(kind), () -> fails(t.args(kind), kind,
            DIR_FAULTS.get(kind))));
      }
    }
    return all.stream();
  }

  private void fails(String[] args, String path, String reason) throws Exception {
    Map<String, String> before = snapshot(dir);
    CliRun r = CliRun.in(dir, Map.of("PATH", "/usr/bin:/bin", "HOME", dir.resolve("d").toString()), args);
    check(String.join(" ", args), r, path, reason);
    assertThat(snapshot(dir)).as("the files after gomedic %s", String.join(" ", args)).isEqualTo(before);
  }

  private static void check(String line, CliRun r, String path, String reason) {
    assertThat(r.code()).as("exit code of gomedic %s (stderr %s): got %d, want 1", line, r.err(), r.code())
        .isEqualTo(1);
    List<String> lines = r.err().lines().filter(l -> !l.startsWith("gomedic: warning:")).toList();
    assertThat(lines).as("stderr of gomedic %s: want one line", line).hasSize(1);
    assertThat(lines.get(0)).as("stderr of gomedic %s", line).startsWith("gomedic: ").contains(path + ": " + reason)
        .doesNotContain("java.", "Exception");
  }

  /** Runs every file-taking command on a file its user may not read. */
  @TestFactory
  Stream<DynamicTest> unreadableFiles() throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Unprivileged as = Unprivileged.needed(dir.resolve("unread")) ? new Unprivileged(dir) : null;
    return FILE_ARGS.stream().filter(t -> !t.line().startsWith("doctor --go") && !t.line().startsWith("env --go"))
        .map(t -> DynamicTest.dynamicTest(t.line().formatted("unread"), () -> {
          Map<String, String> before = snapshot(dir.resolve("d"));
          String[] args = t.args("unread");
          CliRun r = as == null ? CliRun.in(dir, Map.of("HOME", dir.resolve("d").toString()), args)
              : as.gomedic(args);
          check(t.line().formatted("unread"), r, "unread", "permission denied");
          assertThat(snapshot(dir.resolve("d"))).isEqualTo(before);
        }));
  }

  /** File name to size, mode and SHA-256 of everything under {@code root} (symlinks not followed). */
  static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String key = root.relativize(p).toString();
        if (key.startsWith("cp") || key.startsWith("home")) {
          continue; // the unprivileged runner's own class path and home
        }
        if (Files.isSymbolicLink(p)) {
          m.put(key, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p)) {
          m.put(key, Files.size(p) + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) + " "
              + (Files.isReadable(p) ? sha256(p) : "?"));
        } else {
          m.put(key, Files.isDirectory(p) ? "dir" : "other");
        }
      }
    }
    return m;
  }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theReasonsComeFromTheOsNotFromJava() {
    assertThat(UserFiles.reason(new java.nio.file.FileSystemException("x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(UserFiles.reason(new java.nio.file.AccessDeniedException("x"))).isEqualTo("permission denied");
    assertThat(UserFiles.reason(new java.nio.file.NoSuchFileException("x"))).isEqualTo("no such file or directory");
  }
}
