package dev.gomedic.toolchain.install;

import dev.gomedic.host.Host;
import java.util.Optional;

/**
 * The GOOS/GOARCH of the archive to install: what {@code --os}/{@code --arch} say, else the machine's real OS and
 * CPU from the {@link Host} model. On an Apple Silicon Mac where gomedic's JVM runs as x86_64 under Rosetta 2 the
 * machine is arm64, and the native darwin/arm64 archive is chosen, with a note saying why (an amd64 Go would run,
 * translated and slower, and build amd64 binaries by default).
 *
 * @param goos the GOOS of the archive
 * @param goarch the GOARCH of the archive
 * @param note why the choice differs from what gomedic's own process runs as, or empty
 */
public record Target(String goos, String goarch, Optional<String> note) {
  /** The target for {@code host}; a non-null {@code os} or {@code arch} (the command-line flags) wins. */
  public static Target forHost(Host host, String os, String arch) {
    String goos = os != null ? os : host.os().goName();
    String goarch = arch != null ? arch : host.arch();
    Optional<String> note = Optional.empty();
    if (arch == null && host.translated()) {
      note = Optional.of("this machine's CPU is " + host.arch() + " but gomedic runs as " + host.processArch()
          + (host.os() == dev.gomedic.host.GoOs.DARWIN ? " under Rosetta 2" : " (translated)") + ": installing the"
          + " native " + goos + "/" + goarch + " release (use --arch " + host.processArch() + " for the other one)");
    }
    return new Target(goos, goarch, note);
  }
}
