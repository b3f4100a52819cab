package dev.gomedic.cli.doctor;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The facts shown in a healthy report and in the JSON's toolchain and host objects. */
record DoctorFacts(DoctorContext context, Shell shell) {
  String goPath() {
    return context.selectedGo().map(g -> g.binary().toString()).orElse("");
  }

  String goVersion() {
    return context.selectedGo().flatMap(GoInstall::version).orElse("");
  }

  String goroot() {
    return context.goEnv("GOROOT").value();
  }

  Optional<Path> moduleRoot() {
    for (Path d = context.workingDir().toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("go.mod"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  String moduleMode() {
    String v = context.goEnv("GO111MODULE").value();
    return switch (v) {
      case "off" -> "off (GOPATH mode)";
      case "on" -> "on";
      case "auto" -> moduleRoot().isPresent() ? "auto (on: go.mod found)" : "auto (off: no go.mod)";
      default -> "on (default)";
    };
  }
}
