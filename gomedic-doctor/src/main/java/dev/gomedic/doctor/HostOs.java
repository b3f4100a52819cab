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

  /** The separator of PATH-like lists on this OS. */
  public char listSeparator() {
    return this == WINDOWS ? ';' : ':';
  }
}
