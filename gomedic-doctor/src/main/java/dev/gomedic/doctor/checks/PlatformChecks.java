package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Provenance;
import dev.gomedic.doctor.Severity;
import dev.gomedic.goenv.Ports;
import dev.gomedic.host.GoOs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** GOOS_GOARCH_UNSUPPORTED and CGO_NO_COMPILER. */
final class PlatformChecks {
  private PlatformChecks() {}

  static final Map<String, String> TYPOS = Map.of("macos", "darwin", "osx", "darwin", "win", "windows", "win64",
      "windows", "x86_64", "amd64", "x64", "amd64", "aarch64", "arm64", "x86", "386", "i386", "386");

  static final class Unsupported extends BaseCheck {
    Unsupported() {
      super("GOOS_GOARCH_UNSUPPORTED", Severity.ERROR, Group.BUILD_ENVIRONMENT, "GOOS/GOARCH is not a Go port");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      EnvValue os = ctx.goEnv("GOOS");
      EnvValue arch = ctx.goEnv("GOARCH");
      String pair = os.value() + "/" + arch.value();
      if (Ports.supported(os.value(), arch.value(), null) || os.value().isEmpty() || arch.value().isEmpty()) {
        return List.of();
      }
      List<Fix> fixes = new ArrayList<>();
      String better = TYPOS.getOrDefault(os.value(), os.value()) + "/" + TYPOS.getOrDefault(arch.value(), arch.value());
      if (Ports.supported(TYPOS.getOrDefault(os.value(), os.value()),
          TYPOS.getOrDefault(arch.value(), arch.value()), null)) {
        fixes.add(Fix.everywhere("use Go's names for the target", "GOOS=" + better.split("/")[0] + " GOARCH=" + better.split("/")[1] + " go build"));
      }
      fixes.add(GoPaths.unset(os.source() == Provenance.DEFAULT ? arch : os, "build for this machine"));
      return List.of(finding(
          "go builds only for the GOOS/GOARCH pairs listed by go tool dist list, and stops with \"unsupported"
              + " GOOS/GOARCH pair " + pair + "\". Common slips: macos for darwin, x86_64 for amd64, aarch64 for arm64.",
          List.of(os.evidence(), arch.evidence()), fixes));
    }
  }

  static final class NoCompiler extends BaseCheck {
    NoCompiler() {
      super("CGO_NO_COMPILER", Severity.ERROR, Group.BUILD_ENVIRONMENT, "cgo is on but no C compiler is found");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      EnvValue cgo = ctx.goEnv("CGO_ENABLED");
      // Only a CGO_ENABLED=1 someone set: by default Go 1.20+ turns cgo off when no C compiler is found, and
      // Go 1.19 ships a prebuilt runtime/cgo, so the computed default alone breaks no build.
      if (!cgo.value().equals("1") || cgo.source() == dev.gomedic.doctor.Provenance.DEFAULT) {
        return List.of();
      }
      EnvValue cc = ctx.goEnv("CC");
      String compiler = cc.isSet() ? cc.value().split("\\s+")[0] : ctx.os() == GoOs.DARWIN ? "clang" : "gcc";
      if (GoPaths.onPath(ctx, compiler).isPresent()) {
        return List.of();
      }
      String install = switch (ctx.os()) {
        case DARWIN -> "xcode-select --install";
        case WINDOWS -> "winget install -e --id MSYS2.MSYS2   # then: pacman -S mingw-w64-ucrt-x86_64-gcc";
        default -> "sudo apt-get install build-essential   # or: sudo dnf install gcc / apk add build-base";
      };
      return List.of(finding(
          "CGO_ENABLED=1 makes go compile packages that import \"C\" (and runtime/cgo, net, os/user) with a C"
              + " compiler, and " + compiler + " is not on PATH: builds fail with \"cgo: C compiler \\\"" + compiler
              + "\\\" not found\".",
          List.of(cgo.evidence(), cc.isSet() ? cc.evidence() : new Evidence("CC", compiler, "default"),
              new Evidence(compiler, "not found", "PATH")),
          List.of(Fix.everywhere("install a C compiler", install), GoPaths.unset(cgo, "or build without cgo (remove CGO_ENABLED=1)"))));
    }
  }
}
