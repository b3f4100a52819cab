package dev.gomedic.doctor;

import dev.gomedic.discovery.Toolchain;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a check may read. Checks never touch the process environment or run programs; files are read
 * through the {@link Path}s given here, so a test can hand in a Jimfs file system and a map of variables.
 */
public interface DoctorContext {
  /** The host model (environment, file system, OS, registry PATH scopes) everything here is derived from. */
  Host host();

  /** Every installed go command: those on PATH in PATH order, then those at well-known locations. */
  List<Toolchain> toolchains();

  GoOs os();

  /** The host's architecture in GOARCH words (amd64, arm64). */
  String arch();

  /** The directory the go command would run in (--dir). */
  Path workingDir();

  /** A raw OS environment variable (PATH, HOME, SHELL), or empty. */
  Optional<String> osEnv(String name);

  /** The effective go env value of {@code name} with its provenance; {@link EnvValue#unset} when unset. */
  EnvValue goEnv(String name);

  /** The go binary that runs when the user types go (or the one given with --go), if any. */
  Optional<GoInstall> selectedGo();

  /**
   * The selected go as gomedic-goenv describes it (how its own GOROOT is found: its location, or the value built
   * into it), or empty when there is none or the context does not know.
   */
  default Optional<Toolchain> selectedToolchain() {
    return Optional.empty();
  }

  /** Every go binary on PATH, in PATH order. */
  List<GoInstall> goOnPath();

  /** The file go env -w writes (GOENV, or its default location), whether or not it exists; empty if off. */
  Optional<Path> goEnvFile();

  /** Turns a path string from the environment or a file into a Path on this context's file system. */
  Path path(String first, String... more);
}
