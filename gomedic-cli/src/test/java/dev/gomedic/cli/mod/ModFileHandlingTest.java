package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliRun;
import dev.gomedic.cli.Unprivileged;
import dev.gomedic.testkit.Oracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mod edit and mod fmt -w treat the file as go mod edit does: through a symlink (the link survives, its target
 * changes), in a read-only directory when the file itself is writable, and not at all when the file is
 * read-only. Compared with go 1.19 doing the same, as user 65534 where file modes matter.
 */
class ModFileHandlingTest {
  private static final String GO_MOD = "module example.com/m\n\ngo 1.19\n";
  private static final String REQUIRE = "-require=example.com/a@v1.0.0";

  @TempDir Path tmp;

  /** Two copies of a project whose go.mod is a symlink to ../real/go.mod: one for go, one for gomedic. */
  private Path linkedProject(String name) throws Exception {
    Path real = Files.createDirectories(tmp.resolve(name + "/real"));
    Files.writeString(real.resolve("go.mod"), GO_MOD);
    Path proj = Files.createDirectories(tmp.resolve(name + "/proj"));
    Files.createSymbolicLink(proj.resolve("go.mod"), Path.of("../real/go.mod"));
    return proj;
  }

  @Test
  void editsWriteThroughASymlinkAsGoDoes() throws Exception {
    Path go = Oracle.requireGo();
    Path theirs = linkedProject("go");
    Path ours = linkedProject("ours");
    CliRun want = run(theirs, List.of(go.toString(), "mod", "edit", REQUIRE));
    assertThat(want.code()).as("go mod edit exit code (%s)", want.err()).isZero();
    CliRun got = CliRun.in(ours, Map.of(), "mod", "edit", REQUIRE);
    assertThat(got.code()).as("gomedic mod edit exit code (%s)", got.err()).isZero();
    for (Path p : List.of(theirs, ours)) {
      assertThat(Files.isSymbolicLink(p.resolve("go.mod"))).as("%s/go.mod is still a symlink", p).isTrue();
      assertThat(Files.readSymbolicLink(p.resolve("go.mod"))).isEqualTo(Path.of("../real/go.mod"));
    }
    assertThat(Files.readString(ours.resolve("../real/go.mod")))
        .as("the link's target after gomedic: got, want go's").isEqualTo(Files.readString(theirs.resolve("../real/go.mod")))
        .contains("require example.com/a v1.0.0");
    assertThat(leftovers(ours.getParent())).as("files beside the target").isEmpty();
  }

  @Test
  void fmtWriteKeepsTheSymlink() throws Exception {
    Path ours = linkedProject("fmt");
    Files.writeString(ours.resolve("go.mod"), "module   example.com/m\ngo 1.19\n");
    CliRun got = CliRun.in(ours, Map.of(), "mod", "fmt", "-w");
    assertThat(got.code()).as("exit code (%s)", got.err()).isZero();
    assertThat(Files.isSymbolicLink(ours.resolve("go.mod"))).as("go.mod is still a symlink").isTrue();
    assertThat(Files.readString(ours.resolve("go.mod"))).isEqualTo("module example.com/m\n\ngo 1.19\n");
  }

  /** A directory user 65534 may not write, with a go.mod it may: go edits it in place, and so must gomedic. */
  @Test
  void aReadOnlyDirectoryWithAWritableGoMod() throws Exception {
    Path go = Oracle.requireGo();
    Path theirs = readOnlyDir("go");
    Path ours = readOnlyDir("ours");
    Runner r = runner();
    CliRun want = r.run(theirs, List.of(go.toString(), "mod", "edit", REQUIRE));
    assertThat(want.code()).as("go mod edit exit code (%s)", want.err()).isZero();
    CliRun got = r.gomedic(ours, "mod", "edit", REQUIRE);
    assertThat(got.code()).as("gomedic mod edit exit code (stderr %s): got %d, want 0", got.err(), got.code())
        .isZero();
    assertThat(Files.readString(ours.resolve("go.mod"))).as("go.mod after gomedic: got, want go's")
        .isEqualTo(Files.readString(theirs.resolve("go.mod")));
    assertThat(leftovers(ours)).isEmpty();
  }

  /** A read-only go.mod in a writable directory: go refuses, and so must gomedic (not replace it by a rename). */
  @Test
  void aReadOnlyGoModIsNotReplaced() throws Exception {
    Path go = Oracle.requireGo();
    Runner r = runner();
    List<Path> dirs = new ArrayList<>();
    for (String name : List.of("go-ro", "ours-ro")) {
      Path d = Files.createDirectories(tmp.resolve("w/" + name));
      Files.writeString(d.resolve("go.mod"), GO_MOD);
      Files.setPosixFilePermissions(d.resolve("go.mod"), PosixFilePermissions.fromString("r--r--r--"));
      Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxrwxrwx"));
      dirs.add(d);
    }
    CliRun want = r.run(dirs.get(0), List.of(go.toString(), "mod", "edit", REQUIRE));
    CliRun got = r.gomedic(dirs.get(1), "mod", "edit", REQUIRE);
    assertThat(want.code()).as("go's exit code (%s)", want.err()).isEqualTo(1);
    assertThat(got.code()).as("gomedic's exit code (stderr %s): got %d, want go's 1", got.err(), got.code())
        .isEqualTo(1);
    assertThat(got.err()).isEqualTo("gomedic: open go.mod: permission denied\n");
    assertThat(Files.readString(dirs.get(1).resolve("go.mod"))).isEqualTo(GO_MOD);
  }

  private Path readOnlyDir(String name) throws Exception {
    Path d = Files.createDirectories(tmp.resolve("ro/" + name));
    Files.writeString(d.resolve("go.mod"), GO_MOD);
    Files.setPosixFilePermissions(d.resolve("go.mod"), PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
    return d;
  }

  private static List<String> leftovers(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.startsWith(".go.mod"))
          .toList();
    }
  }

  /** Runs go and gomedic as a user file modes apply to: this one, or user 65534 when this one is root. */
  private interface Runner {
    CliRun run(Path dir, List<String> cmd) throws Exception;

    CliRun gomedic(Path dir, String... args) throws Exception;
  }

  private Runner runner() throws Exception {
    Path probe = Files.writeString(tmp.resolve("probe"), "");
    Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
    if (!Unprivileged.needed(probe)) {
      return new Runner() {
        @Override
        public CliRun run(Path dir, List<String> cmd) throws Exception {
          return ModFileHandlingTest.run(dir, cmd);
        }

        @Override
        public CliRun gomedic(Path dir, String... args) {
          return CliRun.in(dir, Map.of(), args);
        }
      };
    }
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Unprivileged as = new Unprivileged(Files.createDirectories(tmp.resolve("nobody")));
    return new Runner() {
      @Override
      public CliRun run(Path dir, List<String> cmd) throws Exception {
        List<String> c = new ArrayList<>(List.of("/usr/bin/env", "-C", dir.toString()));
        c.addAll(cmd);
        return as.run(c);
      }

      @Override
      public CliRun gomedic(Path dir, String... args) throws Exception {
        return run(dir, as.gomedicCommand(args));
      }
    };
  }

  private static CliRun run(Path dir, List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(Map.of("HOME", dir.toString(), "PATH", "/usr/bin:/bin", "GOFLAGS", "",
        "GOTOOLCHAIN", "local", "GOPROXY", "off", "GOWORK", "off", "GOCACHE", dir.resolve(".cache").toString()));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    String err = new String(p.getErrorStream().readAllBytes());
    return new CliRun(p.waitFor(), out, err);
  }
}
