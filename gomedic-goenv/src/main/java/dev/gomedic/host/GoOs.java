package dev.gomedic.host;

import java.util.Locale;

/**
 * The operating-system families whose rules gomedic knows: Go's GOOS names, list separators and executable
 * suffixes. Other Unix systems follow {@link #LINUX}'s rules for files and directories.
 */
public enum GoOs {
  LINUX("linux"),
  DARWIN("darwin"),
  WINDOWS("windows");

  private final String goName;

  GoOs(String goName) {
    this.goName = goName;
  }

  /** The GOOS value, e.g. {@code darwin}. */
  public String goName() {
    return goName;
  }

  /** The separator of PATH-like lists: {@code ;} on Windows, {@code :} elsewhere. */
  public char listSeparator() {
    return this == WINDOWS ? ';' : ':';
  }

  /** The suffix the go command gives executables: GOEXE. */
  public String exeSuffix() {
    return this == WINDOWS ? ".exe" : "";
  }

  /** Maps Java's {@code os.name} to the family; unknown systems count as Linux-like. */
  public static GoOs fromJavaName(String osName) {
    String n = osName.toLowerCase(Locale.ROOT);
    if (n.startsWith("windows")) {
      return WINDOWS;
    }
    if (n.startsWith("mac") || n.contains("darwin")) {
      return DARWIN;
    }
    return LINUX;
  }

  /**
   * Maps Java's {@code os.arch} to GOARCH ({@code amd64}, {@code arm64}, {@code 386}, ...), with the one table
   * gomedic keeps for this: {@link dev.gomedic.binfmt.Platform#fromJava}.
   */
  public static String goArch(String javaArch) {
    return dev.gomedic.binfmt.Platform.fromJava("linux", javaArch, false).arch();
  }
}
