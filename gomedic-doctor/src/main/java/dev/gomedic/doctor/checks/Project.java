package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The main module as the go command finds it: the nearest directory at or above the working directory holding
 * a go.mod file, the directories searched on the way, and the parsed file.
 */
final class Project {
  static final int MAX_MOD_FILE = 64 << 20;

  private Project() {}

  /** The directories go looks in, from the working directory up to the root. */
  static List<Path> searchPath(DoctorContext ctx) {
    List<Path> dirs = new ArrayList<>();
    for (Path d = ctx.workingDir().toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      dirs.add(d);
    }
    return dirs;
  }

  /** The module root: the first searched directory with a regular file named go.mod. */
  static Optional<Path> moduleRoot(DoctorContext ctx) {
    return findUp(ctx, "go.mod");
  }

  static Optional<Path> findUp(DoctorContext ctx, String name) {
    for (Path d : searchPath(ctx)) {
      if (Files.isRegularFile(d.resolve(name))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The parsed go.mod of the module root; empty when there is none or it does not parse (GO_MOD_INVALID). */
  static Optional<ModFile> modFile(DoctorContext ctx) {
    Optional<Path> root = moduleRoot(ctx);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(root.get().resolve("go.mod")));
    } catch (ModFileException | IOException e) {
      return Optional.empty();
    }
  }

  static ModFile parse(Path goMod) throws IOException, ModFileException {
    return ModFile.parse(goMod.toString(), read(goMod, MAX_MOD_FILE));
  }

  /** Reads at most {@code max} bytes; a longer file is an error rather than an unbounded allocation. */
  static byte[] read(Path file, int max) throws IOException {
    return dev.gomedic.host.HostFiles.read(file, max);
  }

  /** The go.work file that puts go in workspace mode, and where it was found. */
  record Workspace(Path file, String source) {}

  /** The active go.work: named by GOWORK (unless {@code off}), else the nearest one upwards. */
  static Optional<Workspace> goWork(DoctorContext ctx) {
    dev.gomedic.doctor.EnvValue gowork = ctx.goEnv("GOWORK");
    if (gowork.value().equals("off")) {
      return Optional.empty();
    }
    if (gowork.isSet()) {
      return Optional.of(new Workspace(ctx.path(gowork.value()), gowork.describeSource()));
    }
    return findUp(ctx, "go.work").map(d -> new Workspace(d.resolve("go.work"), "nearest go.work above " + ctx.workingDir()));
  }

  /** Whether module mode is off (GO111MODULE=off), in which case go ignores go.mod. */
  static boolean moduleModeOff(DoctorContext ctx) {
    return ctx.goEnv("GO111MODULE").value().equals("off");
  }
}
