package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliRun;
import dev.gomedic.cli.Unprivileged;
import dev.gomedic.testkit.GoBinaries;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user may not read, inside a directory and named on the command line. The tests run as root here and
 * in CI, and root reads a file whatever its mode; so when this process can read the locked file, gomedic (and go,
 * to compare {@code -m} with) run in a child process as user 65534 without capabilities, through setpriv from
 * util-linux, on a copy of the test class path that user can read. As an ordinary user they run in process.
 */
class UnreadableFileTest {
  @TempDir Path tmp;
  private Runner runner;

  @BeforeEach
  void lockedDirectory() throws Exception {
    Path bin = GoBinaries.build(new GoBinaries.Target("linux", "amd64", "", List.of()));
    Path d = Files.createDirectories(tmp.resolve("d"));
    for (String name : List.of("a-hello", "b-locked", "c-hello")) {
      Files.copy(bin, d.resolve(name));
      Files.setPosixFilePermissions(d.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    // Executable but not readable: go version -m reads it (it only looks at the x bits) and fails.
    Files.setPosixFilePermissions(d.resolve("b-locked"), PosixFilePermissions.fromString("--x--x--x"));
    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    runner = Unprivileged.needed(d.resolve("b-locked")) ? new AsNobody(tmp) : new InProcess(tmp);
    assertThat(runner.canRead("d/b-locked")).as("can the test's user read d/b-locked (want: no)").isFalse();
    assertThat(runner.canRead("d/a-hello")).as("can the test's user read d/a-hello (want: yes)").isTrue();
  }

  @Test
  void walkReportsTheFileAndCarriesOn() throws Exception {
    Cli.Run r = runner.gomedic("inspect", "--platform=linux/amd64", "d");
    assertThat(r.err()).as("stderr").isEqualTo("gomedic: d/b-locked: permission denied\n");
    assertThat(r.out()).as("stdout").contains("d/a-hello: ELF 64-bit", "d/c-hello: ELF 64-bit")
        .doesNotContain("b-locked");
    assertThat(r.code()).as("exit code of a walk (files in directories do not fail it)").isZero();

    Cli.Run json = runner.gomedic("inspect", "--platform=linux/amd64", "--json", "d");
    assertThat(json.out()).as("--json stdout: an array, the unreadable file an object with an error")
        .startsWith("[\n\t{\n\t\t\"schemaVersion\": 1,")
        .contains("\"file\": \"d/b-locked\",\n\t\t\"error\": \"permission denied\"", "\"file\": \"d/c-hello\"");
  }

  @Test
  void namedFileFailsTheCommandButNotTheOthers() throws Exception {
    Cli.Run r = runner.gomedic("inspect", "--platform=linux/amd64", "d/b-locked", "d/a-hello");
    assertThat(r.err()).as("stderr").isEqualTo("gomedic: d/b-locked: permission denied\n");
    assertThat(r.out()).as("stdout").contains("d/a-hello: ELF 64-bit");
    assertThat(r.code()).as("exit code").isEqualTo(1);
  }

  @Test
  void goVersionMIsMatchedByteForByte() throws Exception {
    Oracle.requireGo();
    for (List<String> args : List.of(List.of("d"), List.of("d/b-locked", "d/a-hello"))) {
      Cli.Run want = runner.go(args);
      List<String> a = new ArrayList<>(List.of("inspect", "-m"));
      a.addAll(args);
      Cli.Run got = runner.gomedic(a.toArray(String[]::new));
      assertThat(got.out()).as("-m %s stdout", args).isEqualTo(want.out());
      assertThat(got.err()).as("-m %s stderr", args).isEqualTo(want.err());
      assertThat(got.code()).as("-m %s exit code", args).isEqualTo(want.code());
    }
    assertThat(runner.go(List.of("d/b-locked")).err()).as("go's own words, which -m repeats")
        .isEqualTo("d/b-locked\n");
  }

  /** Runs gomedic and go 1.19 in the test directory as some user. */
  private interface Runner {
    Cli.Run gomedic(String... args) throws Exception;

    Cli.Run go(List<String> args) throws Exception;

    boolean canRead(String file) throws Exception;
  }

  /** This process's user is not allowed to read the locked file: gomedic runs in process. */
  private record InProcess(Path dir) implements Runner {
    @Override
    public Cli.Run gomedic(String... args) {
      return Cli.plain(dir, args);
    }

    @Override
    public Cli.Run go(List<String> args) {
      GoBinaries.Result r = GoBinaries.goVersionM(dir, args);
      return new Cli.Run(r.code(), r.stdout(), r.stderr());
    }

    @Override
    public boolean canRead(String file) {
      return Files.isReadable(dir.resolve(file));
    }
  }

  /** Root: gomedic and go run as user 65534 with no capabilities, through setpriv. */
  private static final class AsNobody implements Runner {
    private final Unprivileged as;

    AsNobody(Path dir) throws IOException {
      this.as = new Unprivileged(dir);
    }

    @Override
    public Cli.Run gomedic(String... args) throws IOException, InterruptedException {
      return run(as.gomedic(args));
    }

    @Override
    public Cli.Run go(List<String> args) throws IOException, InterruptedException {
      List<String> cmd = new ArrayList<>(List.of(Oracle.requireGo().toString(), "version", "-m"));
      cmd.addAll(args);
      return run(as.run(cmd));
    }

    @Override
    public boolean canRead(String file) throws IOException, InterruptedException {
      return as.canRead(file);
    }

    private static Cli.Run run(CliRun r) {
      return new Cli.Run(r.code(), r.out(), r.err());
    }
  }
}
