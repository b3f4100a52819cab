package dev.gomedic.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher keeps its start-up archive cache small: archives of gone jars and JDKs, leftovers, the oldest. */
class ArchivePruneIT {
  private static final Path LAUNCHER = Path.of("..").toAbsolutePath().normalize().resolve("gomedic");

  @Test
  void aTrainingRunPrunesTheCache(@TempDir Path xdg) throws Exception {
    Path cache = Files.createDirectories(xdg.resolve("gomedic"));
    Path goneJar = cache.resolve("start-jdk25-_snope_sjdk-_snope_sgomedic.jar-main.aot");
    Path goneJdk = cache.resolve("start-jdk17-_snope_sjdk-" + spell(LAUNCHER.getParent()
        .resolve("gomedic-cli/target/gomedic.jar").toString()) + "-env.jsa");
    Path leftover = cache.resolve("start-jdk25-1-main.aot.4242.tmp");
    for (Path p : List.of(goneJar, goneJdk, leftover)) {
      Files.writeString(p, "x");
    }
    Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(7200)));
    for (int i = 0; i < 30; i++) {
      Path p = Files.writeString(cache.resolve("start-jdk25-" + (1000 + i) + "-doctor.aot"), "x");
      Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
    }
    ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "--version").redirectErrorStream(true);
    pb.environment().put("XDG_CACHE_HOME", xdg.toString());
    pb.environment().put("GOMEDIC_BUILD", "0");
    pb.environment().put("GOMEDIC_CDS_KEEP", "10");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("exit code, output %s", out).isZero();
    List<String> left;
    try (Stream<Path> s = Files.list(cache)) {
      left = s.map(x -> x.getFileName().toString()).sorted().toList();
    }
    assertThat(left).as("archives left").doesNotContain(goneJar.getFileName().toString(),
        goneJdk.getFileName().toString(), leftover.getFileName().toString());
    assertThat(left).as("got %d archives, want the newest 10 (the new one among them)", left.size()).hasSize(10);
    assertThat(left).as("the oldest are the ones removed").doesNotContain("start-jdk25-1000-doctor.aot")
        .contains("start-jdk25-1029-doctor.aot").anyMatch(n -> n.endsWith("-main.aot") || n.endsWith("-main.jsa"));
  }

  /** The launcher's spelling of a plain path in an archive name. */
  private static String spell(String path) {
    return path.replace("_", "_u").replace("/", "_s").replace("-", "_d");
  }
}
