package dev.gomedic.host;

import java.util.Optional;

/**
 * Reads a macOS kernel value by name, as {@code sysctl -n NAME} prints it (empty when the name does not exist).
 * The CLI runs the real {@code sysctl}; tests give a map. Two names tell the machine's CPU apart from the one the
 * JVM was built for:
 *
 * <ul>
 *   <li>{@code sysctl.proc_translated}: {@code 1} when the asking process runs under Rosetta 2, {@code 0} when
 *       native, absent on Intel Macs;
 *   <li>{@code hw.optional.arm64}: {@code 1} on Apple Silicon, absent on Intel Macs.
 * </ul>
 *
 * <p>Example: an x86_64 JVM on an M2 Mac reads {@code os.arch=x86_64}, {@code sysctl.proc_translated=1}: the
 * machine is arm64 and the process amd64.
 */
@FunctionalInterface
public interface Sysctl {
  /** No kernel values: the machine is taken to be what the JVM says. */
  Sysctl NONE = name -> Optional.empty();

  /** The value of {@code name}, stripped, or empty when it does not exist or cannot be read. */
  Optional<String> read(String name);

  /** The machine's GOARCH given the one the process runs as: only an amd64 process on macOS can be translated. */
  static String machineArch(GoOs os, String processArch, Sysctl sysctl) {
    if (os != GoOs.DARWIN || !processArch.equals("amd64")) {
      return processArch;
    }
    boolean translated = sysctl.read("sysctl.proc_translated").map(v -> v.strip().equals("1")).orElse(false);
    boolean appleSilicon = sysctl.read("hw.optional.arm64").map(v -> v.strip().equals("1")).orElse(false);
    return translated || appleSilicon ? "arm64" : processArch;
  }
}
