package dev.gomedic.cli;

import dev.gomedic.discovery.BuildInfoBinaryReader;
import dev.gomedic.discovery.GoBinaryReader;
import dev.gomedic.host.Host;
import java.nio.file.Path;

/** Builds the production host model from the process context: the only place the CLI's commands get one. */
public final class Hosts {
  private Hosts() {}

  public static Host of(CliContext context, Path workingDir) {
    return Host.real(context.env(), workingDir, System.getProperty("os.name", "linux"),
        System.getProperty("os.arch", "amd64"), System.getProperty("os.version", ""));
  }

  /** Reads versions from go binaries that have no VERSION file beside them (build info, runtime version). */
  public static GoBinaryReader binaryReader() {
    return new BuildInfoBinaryReader();
  }
}
