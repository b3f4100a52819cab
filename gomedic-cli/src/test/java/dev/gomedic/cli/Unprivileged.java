package dev.gomedic.cli;

import dev.gomedic.testkit.Oracle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs gomedic (or any command) in a directory as user 65534 without capabilities, through setpriv from
 * util-linux, on a copy of the test class path that user can read. The tests run as root here and in CI, and
 * root reads and writes a file whatever its mode: permission cases need another user. In CI a missing setpriv
 * fails the test; elsewhere it skips it.
 */
public final class Unprivileged {
  public static final String NOBODY = "65534";

  private final Path dir;
  private final String classPath;

  /** Whether this process's user bypasses file modes (root), so that {@code locked} is readable anyway. */
  public static boolean needed(Path locked) {
    return Files.isReadable(locked);
  }

  /** A runner in {@code dir}; {@code dir} gets a world-writable home/ and cp/ (the class path copy). */
  public Unprivileged(Path dir) throws IOException {
    this.dir = dir;
    Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable)
        .findFirst().orElse(null);
    String why = "this user reads files whatever their mode, and setpriv (util-linux) is missing to run as "
        + "another: install it with 'apt-get install util-linux' (.ci/run does)";
    if (Oracle.inCi()) {
      Assertions.assertNotNull(setpriv, why);
    } else {
      Assumptions.assumeTrue(setpriv != null, why);
    }
    this.classPath = copyClassPath(Files.createDirectories(dir.resolve("cp")));
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
  }

  /** The test class path, copied (or hard-linked) where user 65534 can read it. */
  private static String copyClassPath(Path to) throws IOException {
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path from = Path.of(e);
      Path target = to.resolve("e" + i++ + (Files.isDirectory(from) ? "" : ".jar"));
      if (Files.isDirectory(from)) {
        try (Stream<Path> s = Files.walk(from)) {
          for (Path p : (Iterable<Path>) s::iterator) {
            Path t = target.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
              Files.createDirectories(t);
            } else {
              Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      } else if (Files.isRegularFile(from)) {
        try {
          Files.createLink(target, from);
        } catch (IOException | UnsupportedOperationException x) {
          Files.copy(from, target);
        }
      } else {
        continue;
      }
      entries.add(target.toString());
    }
    try (Stream<Path> s = Files.walk(to)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isDirectory(p)) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } else if (!Files.isSymbolicLink(p) && p.getFileName().toString().endsWith(".class")) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** gomedic's Main with {@code args}, as user 65534. */
  public CliRun gomedic(String... args) throws IOException, InterruptedException {
    return run(gomedicCommand(args));
  }

  /** The command line that runs gomedic's Main with {@code args} on the copied class path. */
  public List<String> gomedicCommand(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:-UsePerfData", "-Xshare:auto", "-cp", classPath, "dev.gomedic.cli.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Whether user 65534 can read {@code file} (relative to the directory). */
  public boolean canRead(String file) throws IOException, InterruptedException {
    return run(List.of("/usr/bin/test", "-r", file)).code() == 0;
  }

  /** {@code command} as user 65534 in the directory, with a minimal environment. */
  public CliRun run(List<String> command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
        "--clear-groups", "--inh-caps=-all", "--"));
    cmd.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().clear();
    String home = dir.resolve("home").toString();
    pb.environment().putAll(Map.of("HOME", home, "PATH", "/usr/bin:/bin", "GOFLAGS", "",
        "GOTOOLCHAIN", "local", "GOPROXY", "off", "GOCACHE", home + "/gocache", "GOPATH", home + "/gopath"));
    Path err = Files.createTempFile(dir.resolve("home"), "err", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assertions.fail("timeout: " + cmd);
    }
    String e = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new CliRun(p.exitValue(), new String(out, StandardCharsets.UTF_8), e);
  }
}
