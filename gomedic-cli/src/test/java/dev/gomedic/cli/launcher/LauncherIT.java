package dev.gomedic.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import dev.gomedic.testkit.Oracle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real {@code ./gomedic} launcher on the packaged jar. Class-data archives fail silently (a stale or
 * mismatched archive just makes the JVM start slower), so these tests read the JVM's class-loading log to prove
 * that every gomedic and picocli class really comes from the archive.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path LAUNCHER = ROOT.resolve("gomedic");
  /** Exactly the two version lines on stdout: nothing of the JVM's own logging may leak into them. */
  private static final String VERSION_LINE = "gomedic [^\\n]+\\njava [^\\n]+\\n";
  private static final Path JAR = ROOT.resolve("gomedic-cli/target/gomedic.jar");

  record Jdk(String name, Path home, String archiveSuffix) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Jdk> jdks() {
    List<Jdk> all = new ArrayList<>();
    all.add(new Jdk("jdk17-appcds", Path.of("/usr/lib/jvm/java-17-openjdk-amd64"), ".jsa"));
    all.add(new Jdk("jdk25-aotcache", Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), ".aot"));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void everyApplicationClassComesFromTheArchive(Jdk jdk, @TempDir Path tmp) throws Exception {
    requireJdk(jdk);
    Run first = run(jdk, tmp, List.of(), "--version");
    assertThat(first.stdout()).as("stdout of the training run").matches(VERSION_LINE);
    Path archive = onlyArchive(tmp, jdk);

    Path log = tmp.resolve("classload.log");
    Run second = run(jdk, tmp, List.of("-Xlog:class+load=info:file=" + log), "--version");
    assertThat(second.stdout()).as("stdout with class logging on").matches(VERSION_LINE);
    List<String> fromJar = Files.readAllLines(log).stream()
        .filter(l -> l.contains(" dev.gomedic.") || l.contains(" picocli."))
        .filter(l -> !l.contains("source: shared objects file"))
        .toList();
    long shared = Files.readAllLines(log).stream()
        .filter(l -> l.contains(" dev.gomedic.") || l.contains(" picocli."))
        .filter(l -> l.contains("source: shared objects file"))
        .count();
    assertThat(fromJar).as("classes loaded from the jar instead of %s", archive).isEmpty();
    assertThat(shared).as("gomedic and picocli classes served by the archive").isGreaterThan(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void eachCommandGroupHasAnArchiveOfItsOwn(Jdk jdk, @TempDir Path tmp) throws Exception {
    requireJdk(jdk);
    run(jdk, tmp, List.of(), "--version");
    Run first = run(jdk, tmp, List.of(), "env", "-json");
    assertThat(first.exit()).as("exit of env -json, stderr %s", first.stderr()).isZero();
    List<String> names;
    try (Stream<Path> s = Files.list(tmp.resolve("gomedic"))) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(jdk.archiveSuffix())).sorted().toList();
    }
    assertThat(names).as("archives after --version and env -json").hasSize(2);
    assertThat(names.get(0)).as("first archive").endsWith("-env-quick" + jdk.archiveSuffix());
    assertThat(names.get(1)).as("second archive").endsWith("-main" + jdk.archiveSuffix());

    Path log = tmp.resolve("classload.log");
    Run second = run(jdk, tmp, List.of("-Xlog:class+load=info:file=" + log), "env", "-json");
    assertThat(second.stdout()).as("env -json with class logging on").startsWith("{");
    List<String> fromJar = Files.readAllLines(log).stream()
        .filter(l -> l.contains(" dev.gomedic.") || l.contains(" picocli."))
        .filter(l -> !l.contains("source: shared objects file"))
        .toList();
    assertThat(fromJar).as("env -json classes loaded from the jar instead of the env archive").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void aJarNewerThanTheArchiveRebuildsIt(Jdk jdk, @TempDir Path tmp) throws Exception {
    requireJdk(jdk);
    run(jdk, tmp, List.of(), "--version");
    Path archive = onlyArchive(tmp, jdk);
    FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(JAR).toMillis() - 60_000);
    Files.setLastModifiedTime(archive, old);
    run(jdk, tmp, List.of(), "--version");
    assertThat(Files.getLastModifiedTime(onlyArchive(tmp, jdk)))
        .as("archive mtime after the jar changed: got %s, want newer than %s", 
            Files.getLastModifiedTime(archive), old)
        .isGreaterThan(old);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void anUnwritableCacheStillRuns(Jdk jdk, @TempDir Path tmp) throws Exception {
    requireJdk(jdk);
    Path file = tmp.resolve("not-a-dir");
    Files.writeString(file, "x");
    Run r = run(jdk, file, List.of(), "--version");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).matches(VERSION_LINE);
  }

  private static void requireJdk(Jdk jdk) {
    boolean present = Files.isExecutable(jdk.home().resolve("bin/java"));
    if (Oracle.inCi()) {
      assertThat(present).as("%s is installed (CI may not skip)", jdk.home()).isTrue();
    }
    Assumptions.assumeTrue(present, jdk.home() + " is not installed");
  }

  private static Path onlyArchive(Path cacheHome, Jdk jdk) throws IOException {
    try (Stream<Path> s = Files.list(cacheHome.resolve("gomedic"))) {
      List<Path> archives = s.filter(p -> p.toString().endsWith(jdk.archiveSuffix())).toList();
      assertThat(archives).as("archives in %s", cacheHome).hasSize(1);
      return archives.get(0);
    }
  }

  record Run(int exit, String stdout, String stderr) {}

  private static Run run(Jdk jdk, Path cacheHome, List<String> jvmOpts, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(LAUNCHER.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Map<String, String> env = pb.environment();
    env.put("XDG_CACHE_HOME", cacheHome.toString());
    env.put("GOMEDIC_JAVA", jdk.home().resolve("bin/java").toString());
    env.put("GOMEDIC_BUILD", "0");
    env.put("GOMEDIC_JAVA_OPTS", String.join(" ", jvmOpts));
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("launcher did not finish in 120 s: " + cmd);
    }
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.deleteIfExists(out);
    Files.deleteIfExists(err);
    assertThat(r.exit()).as("exit of %s (stderr: %s)", cmd, r.stderr()).isZero();
    return r;
  }
}
