package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.host.GoOs;
import dev.gomedic.doctor.Severity;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.SearchPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * WINDOWS_PATH_CONFLICT: the machine PATH (HKLM, where the MSI puts C:\Program Files\Go\bin) and the user PATH
 * (HKCU, where a ZIP or scoop install usually goes) each hold a go.exe, and they are different installs. Windows
 * builds a new process's PATH as machine entries first, then user entries, so the machine's go wins.
 */
final class WindowsPathConflict extends BaseCheck {

  WindowsPathConflict() {
    super("WINDOWS_PATH_CONFLICT", Severity.WARNING, Group.PLATFORM,
        "the system and user PATH hold different Go installs");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    if (ctx.os() != GoOs.WINDOWS) {
      return List.of();
    }
    // Windows expands %NAME% only in REG_EXPAND_SZ values.
    Optional<Path> machine = ctx.host().registry().machinePathValue().map(v -> v.expand(ctx.host()::getenv))
        .flatMap(p -> firstGo(ctx, p));
    Optional<Path> user = ctx.host().registry().userPathValue().map(v -> v.expand(ctx.host()::getenv))
        .flatMap(p -> firstGo(ctx, p));
    if (machine.isEmpty() || user.isEmpty() || same(machine.get(), user.get())) {
      return List.of();
    }
    return List.of(finding(
        "Windows starts every new program with the machine PATH followed by the user PATH. Both hold a go.exe, from"
            + " different installs, so " + machine.get() + " always wins and the user's " + user.get()
            + " never runs, however often it is upgraded (a shell opened earlier may even still run the other one).",
        List.of(new Evidence("machine PATH go", machine.get().toString(), "HKLM Environment Path (runs)"),
            new Evidence("user PATH go", user.get().toString(), "HKCU Environment Path (shadowed)")),
        List.of(powershell("keep the machine-wide install: remove the user install's bin directory from the user PATH"
                + " (System Properties > Environment Variables > User variables > Path)",
                "[Environment]::SetEnvironmentVariable('Path', (([Environment]::GetEnvironmentVariable('Path','User') -split ';')"
                    + " | Where-Object { $_ -ne '" + user.get().getParent() + "' }) -join ';', 'User')"),
            Fix.everywhere("or keep the user install: uninstall the MSI's Go (Settings > Apps > Go Programming Language)",
                "winget uninstall -e --id GoLang.Go"))));
  }

  /** A PowerShell command; cmd runs it through powershell -Command (it has no way to edit the user PATH itself). */
  private static Fix powershell(String summary, String command) {
    java.util.Map<dev.gomedic.doctor.Shell, String> m = new java.util.EnumMap<>(dev.gomedic.doctor.Shell.class);
    for (dev.gomedic.doctor.Shell sh : dev.gomedic.doctor.Shell.values()) {
      m.put(sh, command);
    }
    m.put(dev.gomedic.doctor.Shell.CMD, "powershell -NoProfile -Command \"" + command + "\"");
    return new Fix(summary, m, List.of());
  }

  /** The first go.exe in an (expanded) registry PATH value. */
  private static Optional<Path> firstGo(DoctorContext ctx, String value) {
    for (String entry : SearchPath.split(value, GoOs.WINDOWS)) {
      String dir = entry.trim();
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path go = ctx.path(dir, "go.exe");
        if (Files.isRegularFile(go)) {
          return Optional.of(go);
        }
      } catch (RuntimeException e) {
        // not a valid path: Windows skips it too
      }
    }
    return Optional.empty();
  }

  private static boolean same(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (java.io.IOException | RuntimeException e) {
      return a.equals(b);
    }
  }
}
