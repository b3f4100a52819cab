package dev.gomedic.doctor.checks;

import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.Platform;
import dev.gomedic.binfmt.runs.RunsHere;
import dev.gomedic.binfmt.runs.Verdict;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Group;
import dev.gomedic.host.GoOs;
import dev.gomedic.doctor.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** GO_WRONG_ARCH and GO_UNDER_ROSETTA: the go binary's headers against this host, read with binfmt's runs-here rules. */
final class ArchChecks {
  private ArchChecks() {}

  static Optional<Verdict> verdict(DoctorContext ctx) {
    Optional<GoInstall> go = ctx.selectedGo();
    if (go.isEmpty() || !Files.isRegularFile(go.get().binary())) {
      return Optional.empty();
    }
    boolean rosetta = ctx.os() == GoOs.DARWIN
        && Files.exists(ctx.path("/Library/Apple/usr/libexec/oah/libRosettaRuntime"));
    try {
      Executable exe = Executables.read(go.get().binary());
      return Optional.of(RunsHere.verdict(exe, new Platform(ctx.os().goName(), ctx.arch(), rosetta)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not an executable at all: GO_NOT_EXECUTABLE's business
    }
  }

  static final class WrongArch extends BaseCheck {
    WrongArch() {
      super("GO_WRONG_ARCH", Severity.ERROR, Group.TOOLCHAIN, "the go binary cannot run on this host");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      Optional<Verdict> v = verdict(ctx);
      if (v.isEmpty() || !(v.get() instanceof Verdict.CannotRun c)) {
        return List.of();
      }
      return List.of(finding(
          "The go binary first on PATH was built for another operating system or CPU than this "
              + ctx.os().goName() + "/" + ctx.arch() + " host, so starting it fails with \"" + c.error() + "\".",
          List.of(new Evidence("go", ctx.selectedGo().get().binary().toString(), c.reason()),
              new Evidence("host", ctx.os().goName() + "/" + ctx.arch(), "this machine")),
          List.of(Fix.everywhere("reinstall Go from the archive for " + ctx.os().goName() + "-" + ctx.arch(),
              "gomedic toolchain install"))));
    }
  }

  static final class UnderRosetta extends BaseCheck {
    UnderRosetta() {
      super("GO_UNDER_ROSETTA", Severity.WARNING, Group.TOOLCHAIN, "the go binary runs under Rosetta 2");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      Optional<Verdict> v = verdict(ctx);
      if (v.isEmpty() || !(v.get() instanceof Verdict.Translated t)) {
        return List.of();
      }
      return List.of(finding(
          "This Mac has an Apple Silicon (arm64) CPU, but the go binary first on PATH is an x86_64 build, so it runs"
              + " translated by " + t.layer() + ". It works, but slower, and it builds for darwin/amd64 by default"
              + " (GOARCH=amd64): programs, cgo and tests then run under translation too, and arm64-only"
              + " dependencies fail to link.",
          List.of(new Evidence("go", ctx.selectedGo().get().binary().toString(), "x86_64 (" + t.limits() + ")"),
              new Evidence("host", ctx.os().goName() + "/" + ctx.arch(), "this machine")),
          List.of(Fix.everywhere("install the arm64 build of Go (darwin-arm64 archive or .pkg, or arm64 Homebrew in"
                  + " /opt/homebrew)", "gomedic toolchain install"))));
    }
  }
}
