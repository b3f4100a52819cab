package dev.gomedic.doctor;

import java.util.Locale;

/** The operating system doctor runs on, named as GOHOSTOS names it. */
public enum HostOs {
  LINUX("linux"),
  DARWIN("darwin"),
  WINDOWS("windows"),
  OTHER("other");

  private final String goos;

  HostOs(String goos) {
    this.goos = goos;
  }

  public String goos() {
    return goos;
  }

  /** Maps a Java {@code os.name} value (passed in, never read here) to a host OS. */
  public static HostOs fromOsName(String osName) {
    String n = osName.toLowerCase(Locale.ROOT);
    if (n.startsWith("windows")) {
      return WINDOWS;
    }
    if (n.startsWith("mac") || n.startsWith("darwin")) {
      return DARWIN;
    }
    if (n.startsWith("linux")) {
      return LINUX;
    }
    return OTHER;
  }

  /** Maps a Java {@code os.arch} value to GOARCH words (amd64, arm64, 386, ...). */
  public static String goarch(String osArch) {
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "x86_64", "amd64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "x86", "i386", "i486", "i586", "i686" -> "386";
      case "arm" -> "arm";
      case "ppc64le" -> "ppc64le";
      case "s390x" -> "s390x";
      case "riscv64" -> "riscv64";
      default -> osArch;
    };
  }

  /** The separator of PATH-like lists on this OS. */
  public char listSeparator() {
    return this == WINDOWS ? ';' : ':';
  }
}
