package dev.gomedic.discovery;

import java.nio.file.Path;
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
 */
public record Toolchain(
    Path executable,
    Path resolved,
    Optional<String> version,
    String versionSource,
    Optional<Path> goroot,
    String location,
    int pathIndex) {

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
