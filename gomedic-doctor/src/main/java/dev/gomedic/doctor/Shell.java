package dev.gomedic.doctor;

import dev.gomedic.host.GoOs;
import java.util.Locale;
import java.util.function.Function;

/** The shells a fix is written for. bash and zsh share one syntax. */
public enum Shell {
  POSIX("bash/zsh"),
  FISH("fish"),
  POWERSHELL("PowerShell"),
  CMD("cmd");

  private final String title;

  Shell(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /**
   * Guesses the user's shell from the OS and the environment (SHELL on Unix; PowerShell's PSModulePath on
   * Windows, else cmd).
   */
  public static Shell detect(GoOs os, Function<String, String> env) {
    if (os == GoOs.WINDOWS) {
      String ps = env.apply("PSModulePath");
      return ps != null && !ps.isEmpty() ? POWERSHELL : CMD;
    }
    String shell = env.apply("SHELL");
    if (shell != null && shell.toLowerCase(Locale.ROOT).endsWith("fish")) {
      return FISH;
    }
    return POSIX;
  }

  /** Reads a name given on the command line: bash, zsh, sh, fish, powershell, pwsh, cmd. */
  public static Shell ofName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "bash", "zsh", "sh", "posix" -> POSIX;
      case "fish" -> FISH;
      case "powershell", "pwsh" -> POWERSHELL;
      case "cmd" -> CMD;
      default -> throw new IllegalArgumentException(
          "shell: unknown \"" + name + "\" (want bash, zsh, fish, powershell or cmd)");
    };
  }
}
