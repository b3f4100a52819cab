package dev.gomedic.binfmt;

import java.util.Locale;

/**
 * The host a binary would run on, in Go's names. Built by the caller (the CLI from {@code os.name} and
 * {@code os.arch}); the library never looks at the running process.
 *
 * @param os GOOS of the host
 * @param arch GOARCH of the host
 * @param rosetta on an arm64 Mac, whether Rosetta 2 is installed
 */
public record Platform(String os, String arch, boolean rosetta) {
  /** The Go names for a JVM's {@code os.name} and {@code os.arch} values. */
  public static Platform fromJava(String osName, String osArch, boolean rosetta) {
    String n = osName.toLowerCase(Locale.ROOT);
    String os = n.startsWith("linux") ? "linux"
        : n.startsWith("mac") || n.startsWith("darwin") ? "darwin"
        : n.startsWith("windows") ? "windows"
        : n.startsWith("freebsd") ? "freebsd"
        : n.startsWith("openbsd") ? "openbsd"
        : n.startsWith("netbsd") ? "netbsd"
        : n.startsWith("sunos") || n.startsWith("solaris") ? "solaris"
        : n.startsWith("aix") ? "aix"
        : n.replace(' ', '_');
    String a = osArch.toLowerCase(Locale.ROOT);
    String arch = switch (a) {
      case "amd64", "x86_64", "x64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "x86", "i386", "i486", "i586", "i686" -> "386";
      case "arm", "arm32", "armv7l", "armv6l" -> "arm";
      case "ppc64le", "s390x", "riscv64", "ppc64", "mips64el", "mips64", "mipsel", "mips" ->
          a.equals("mips64el") ? "mips64le" : a.equals("mipsel") ? "mipsle" : a;
      case "loongarch64" -> "loong64";
      default -> a;
    };
    return new Platform(os, arch, rosetta);
  }

  @Override
  public String toString() {
    return os + "/" + arch;
  }
}
