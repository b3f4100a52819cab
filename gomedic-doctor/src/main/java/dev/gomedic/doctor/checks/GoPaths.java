package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.host.GoOs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** GOPATH entries, PATH directories and GOROOTs as the checks compare them. */
final class GoPaths {
  private GoPaths() {}

  static List<String> gopathEntries(DoctorContext ctx) {
    List<String> out = new ArrayList<>();
    for (String e : ctx.goEnv("GOPATH").value().split(java.util.regex.Pattern.quote(String.valueOf(ctx.os().listSeparator())))) {
      if (!e.isEmpty()) {
        out.add(e);
      }
    }
    return out;
  }

  static List<String> pathDirs(DoctorContext ctx) {
    String p = ctx.osEnv("PATH").or(() -> ctx.osEnv("Path")).orElse("");
    List<String> out = new ArrayList<>();
    for (String d : p.split(java.util.regex.Pattern.quote(String.valueOf(ctx.os().listSeparator())))) {
      if (!d.isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Whether an executable called {@code name} (name.exe on Windows) is in a PATH directory. */
  static Optional<Path> onPath(DoctorContext ctx, String name) {
    if (name.contains("/") || name.contains("\\")) {
      Path p = ctx.path(name);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    String exe = ctx.os() == GoOs.WINDOWS && !name.endsWith(".exe") ? name + ".exe" : name;
    for (String d : pathDirs(ctx)) {
      try {
        Path p = ctx.path(d, exe);
        if (Files.isRegularFile(p)) {
          return Optional.of(p);
        }
      } catch (RuntimeException e) {
        // not a path on this OS
      }
    }
    return Optional.empty();
  }

  static Path norm(DoctorContext ctx, String p) {
    Path x = ctx.path(p).toAbsolutePath().normalize();
    try {
      return x.toRealPath();
    } catch (java.io.IOException | RuntimeException e) {
      return x;
    }
  }

  /** The GOROOT the selected go binary belongs to, if it is a Go tree. */
  static Optional<Path> ownRoot(DoctorContext ctx) {
    return ctx.selectedGo().flatMap(GoInstall::goroot);
  }

  /** Whether the GOROOT value came from the user (environment or go env file), not from go itself. */
  static boolean explicit(dev.gomedic.doctor.EnvValue v) {
    return v.source() == dev.gomedic.doctor.Provenance.ENVIRONMENT || v.source() == dev.gomedic.doctor.Provenance.GOENV_FILE;
  }

  /** The fix that removes a variable wherever it came from. */
  static dev.gomedic.doctor.Fix unset(dev.gomedic.doctor.EnvValue v, String summary) {
    return v.source() == dev.gomedic.doctor.Provenance.GOENV_FILE
        ? dev.gomedic.doctor.Fix.goEnvUnset(summary, v.name())
        : dev.gomedic.doctor.Fix.unsetVar(summary, v.name());
  }
}
