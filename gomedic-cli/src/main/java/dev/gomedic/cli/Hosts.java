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

  /**
   * {@link #of} for the working directory that also asks macOS's {@code sysctl} for the machine's CPU, so that an
   * Apple Silicon Mac counts as arm64 when this JVM runs under Rosetta 2. Costs a process start on macOS only.
   */
  public static Host machine(CliContext context) {
    return Host.real(context.env(), context.workingDir(), System.getProperty("os.name", "linux"),
        System.getProperty("os.arch", "amd64"), System.getProperty("os.version", ""), Hosts::sysctl);
  }

  private static java.util.Optional<String> sysctl(String name) {
    try {
      Process p = new ProcessBuilder("sysctl", "-n", name).redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String v = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      return p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0 && !v.isEmpty()
          ? java.util.Optional.of(v) : java.util.Optional.empty();
    } catch (java.io.IOException e) {
      return java.util.Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return java.util.Optional.empty();
    }
  }

  /** Reads versions from go binaries that have no VERSION file beside them (build info, runtime version). */
  public static GoBinaryReader binaryReader() {
    return new BuildInfoBinaryReader();
  }
}
