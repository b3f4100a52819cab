package dev.gomedic.doctor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One way to repair a finding: a sentence and the exact command for each shell. A fix made only of
 * {@code go env -w} / {@code go env -u} is reversible and carries its go arguments in {@link #goArgs()}, so
 * that {@code doctor --fix --apply} can run it; every other fix has no go arguments and is only printed.
 */
public record Fix(String summary, Map<Shell, String> commands, List<String> goArgs) {
  public Fix {
    commands = Map.copyOf(commands);
    goArgs = List.copyOf(goArgs);
  }

  /** The command for {@code shell}; falls back to the POSIX form (a comment when none exists). */
  public String command(Shell shell) {
    String c = commands.get(shell);
    if (c == null) {
      c = commands.getOrDefault(Shell.POSIX, "");
    }
    return c;
  }

  /** Whether doctor may run this fix with --apply: only go env -w/-u, which go env -u/-w can undo. */
  public boolean applicable() {
    return !goArgs.isEmpty();
  }

  /** A fix whose command is the same in every shell (a go command, a package manager call). */
  public static Fix everywhere(String summary, String command) {
    Map<Shell, String> m = new EnumMap<>(Shell.class);
    for (Shell s : Shell.values()) {
      m.put(s, command);
    }
    return new Fix(summary, m, List.of());
  }

  /** {@code go env -u VAR...}: forget values saved with go env -w. */
  public static Fix goEnvUnset(String summary, String... vars) {
    List<String> args = new ArrayList<>(List.of("env", "-u"));
    args.addAll(List.of(vars));
    Fix f = everywhere(summary, "go " + String.join(" ", args));
    return new Fix(summary, f.commands(), args);
  }

  /** {@code go env -w VAR=value}: save a value in the go env file. */
  public static Fix goEnvWrite(String summary, String var, String value) {
    Map<Shell, String> m = new EnumMap<>(Shell.class);
    m.put(Shell.POSIX, "go env -w " + var + "=" + posixQuote(value));
    m.put(Shell.FISH, "go env -w " + var + "=" + posixQuote(value));
    m.put(Shell.POWERSHELL, "go env -w " + var + "=" + psQuote(value));
    m.put(Shell.CMD, "go env -w " + var + "=" + cmdQuote(value));
    return new Fix(summary, m, List.of("env", "-w", var + "=" + value));
  }

  /** Removes a variable from the current shell's environment (and says to drop it from the profile). */
  public static Fix unsetVar(String summary, String var) {
    Map<Shell, String> m = new EnumMap<>(Shell.class);
    m.put(Shell.POSIX, "unset " + var + "   # and delete the 'export " + var + "=' line from ~/.profile, ~/.bashrc or ~/.zshrc");
    m.put(Shell.FISH, "set -e " + var + "; set -Ue " + var);
    m.put(Shell.POWERSHELL, "Remove-Item Env:" + var + "; [Environment]::SetEnvironmentVariable('" + var + "', $null, 'User')");
    m.put(Shell.CMD, "set " + var + "= & reg delete HKCU\\Environment /v " + var + " /f");
    return new Fix(summary, m, List.of());
  }

  /** Sets a variable in the current shell (and says to persist it in the profile). */
  public static Fix setVar(String summary, String var, String value) {
    Map<Shell, String> m = new EnumMap<>(Shell.class);
    m.put(Shell.POSIX, "export " + var + "=" + posixQuote(value) + "   # persist it in ~/.profile or ~/.zshrc");
    m.put(Shell.FISH, "set -Ux " + var + " " + posixQuote(value));
    m.put(Shell.POWERSHELL, "$env:" + var + " = " + psQuote(value) + "; [Environment]::SetEnvironmentVariable('" + var + "', " + psQuote(value) + ", 'User')");
    m.put(Shell.CMD, "setx " + var + " " + cmdQuote(value) + " & set " + var + "=" + value);
    return new Fix(summary, m, List.of());
  }

  /** Adds a directory to PATH (front or back) for this shell and persistently. */
  public static Fix addToPath(String summary, String dir, boolean front) {
    Map<Shell, String> m = new EnumMap<>(Shell.class);
    String posix = front ? dir + ":$PATH" : "$PATH:" + dir;
    m.put(Shell.POSIX, "export PATH=\"" + posix + "\"   # persist it in ~/.profile or ~/.zprofile");
    m.put(Shell.FISH, "fish_add_path " + (front ? "" : "--append ") + posixQuote(dir));
    String ps = front ? "'" + dir + ";' + $env:Path" : "$env:Path + ';" + dir + "'";
    String psUser = front ? "'" + dir + ";' + [Environment]::GetEnvironmentVariable('Path', 'User')"
        : "[Environment]::GetEnvironmentVariable('Path', 'User') + ';" + dir + "'";
    m.put(Shell.POWERSHELL, "$env:Path = " + ps + "; [Environment]::SetEnvironmentVariable('Path', " + psUser + ", 'User')");
    m.put(Shell.CMD, "set \"PATH=" + (front ? dir + ";%PATH%" : "%PATH%;" + dir) + "\"   & REM persist it in System Properties > Environment Variables");
    return new Fix(summary, m, List.of());
  }

  static String posixQuote(String s) {
    if (!s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || "/._-,:=+@%".indexOf(c) >= 0)) {
      return s;
    }
    if (s.startsWith("$") || s.endsWith(":$PATH") || s.contains("$PATH:")) {
      return "\"" + s.replace("\"", "\\\"") + "\""; // let the shell expand $PATH / $HOME
    }
    return "'" + s.replace("'", "'\\''") + "'";
  }

  static String psQuote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  static String cmdQuote(String s) {
    return s.indexOf(' ') >= 0 || s.isEmpty() ? "\"" + s + "\"" : s;
  }
}
