package dev.gomedic.discovery;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One installed go command.
 *
 * @param executable the go executable as found (on PATH or at a well-known location)
 * @param resolved the executable with every symlink resolved
 * @param version the version, e.g. {@code go1.21.5}; empty when neither a VERSION file nor the binary says
 * @param versionSource where the version came from: {@code VERSION file}, {@code binary} or {@code unknown}
 * @param goroot the GOROOT this go derives for itself (ignoring any GOROOT variable), or empty when unknown
 * @param location which well-known location it is, e.g. {@code Homebrew}, {@code golang.org/dl}, {@code PATH}
 * @param pathIndex its position among the go executables on PATH (0 = the one that runs), or -1 if not on
 *     PATH
 * @param aliases other paths that reach the same binary (later PATH entries, well-known locations), in order
 * @param gorootSource how {@code goroot} was found
 */
public record Toolchain(
    Path executable,
    Path resolved,
    Optional<String> version,
    String versionSource,
    Optional<Path> goroot,
    String location,
    int pathIndex,
    List<Path> aliases,
    GorootSource gorootSource) {
  public Toolchain {
    aliases = List.copyOf(aliases);
  }

  /** A toolchain whose GOROOT, if any, came from its location. */
  public Toolchain(Path executable, Path resolved, Optional<String> version, String versionSource,
      Optional<Path> goroot, String location, int pathIndex, List<Path> aliases) {
    this(executable, resolved, version, versionSource, goroot, location, pathIndex, aliases,
        goroot.isPresent() ? GorootSource.LOCATION : GorootSource.UNKNOWN);
  }

  /** How the go command finds its own GOROOT when the GOROOT variable is unset (Go's findGOROOT). */
  public enum GorootSource {
    /** {@code bin/go} sits in a Go tree (a directory with {@code pkg/tool}), as run or with symlinks resolved. */
    LOCATION,
    /** The binary is outside any Go tree; go uses the GOROOT the linker built into it. */
    BUILT_IN,
    /** Outside any Go tree and built with {@code -trimpath}: go knows no GOROOT and fails. */
    TRIMMED,
    /** Outside any Go tree, and gomedic could not read the built-in GOROOT. */
    UNKNOWN
  }

  /** This toolchain with one more path that reaches the same binary. */
  public Toolchain withAlias(Path alias) {
    List<Path> more = new java.util.ArrayList<>(aliases);
    more.add(alias);
    return new Toolchain(executable, resolved, version, versionSource, goroot, location, pathIndex, more,
        gorootSource);
  }

  /** Whether PATH contains it. */
  public boolean onPath() {
    return pathIndex >= 0;
  }

  /** Whether it is on PATH but an earlier go on PATH runs instead. */
  public boolean shadowed() {
    return pathIndex > 0;
  }

  /** The version, or {@code unknown}. */
  public String versionOrUnknown() {
    return version.orElse("unknown");
  }
}
