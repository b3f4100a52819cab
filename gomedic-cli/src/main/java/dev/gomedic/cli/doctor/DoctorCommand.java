package dev.gomedic.cli.doctor;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.cli.UserFiles;
import dev.gomedic.doctor.Doctor;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.cli.Hosts;
import dev.gomedic.doctor.HostContext;
import dev.gomedic.doctor.Report;
import dev.gomedic.doctor.Severity;
import dev.gomedic.doctor.Shell;
import dev.gomedic.doctor.checks.Checks;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic doctor}: run every check and report, root cause first. */
public final class DoctorCommand {
  private final CliContext context;
  private final Parsed parsed;
  private final String dir;
  private final String go;
  private final boolean colour;
  private final boolean json;
  private final boolean sarif;
  private final boolean fix;
  private final boolean verbose;
  private final List<String> only;
  private final String failOn;
  private final String shell;
  private final boolean apply;

  private DoctorCommand(CliContext context, Parsed p) {
    this.context = context;
    this.parsed = p;
    this.dir = p.string("--dir");
    this.go = p.string("--go");
    try {
      this.colour = context.color(p.string("--color"));
    } catch (IllegalArgumentException e) {
      throw p.usageError(e.getMessage());
    }
    this.json = p.flag("--json");
    this.sarif = p.flag("--sarif");
    this.fix = p.flag("--fix");
    this.verbose = p.flag("--verbose");
    this.only = p.strings("--only");
    this.failOn = p.string("--fail-on");
    this.shell = p.string("--shell");
    this.apply = p.flag("--apply");
  }

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("doctor", p -> new DoctorCommand(context, p).run(),
        "Find why go fails on this machine and in this project, and say how to fix it.");
    spec.usageMessage().footer("", "Exit status: 0 nothing at or above --fail-on was found, 1 something was,"
        + " 2 usage error.");
    spec.addOption(Specs.option("WHEN", "Colour the report: auto (default: on a terminal, unless NO_COLOR is set or"
        + " TERM=dumb), always or never.", "--color").toBuilder()
        .completionCandidates(java.util.List.of("auto", "always", "never")).build());
    spec.addOption(Specs.option("DIR", "The project directory (default: the working directory).", "--dir"));
    spec.addOption(Specs.option("PATH", "Diagnose this go binary instead of the one on PATH.", "--go"));
    spec.addArgGroup(ArgGroupSpec.builder().exclusive(true).multiplicity("0..1")
        .addArg(Specs.flag("Print the report as JSON (schemaVersion 1).", "--json"))
        .addArg(Specs.flag("Print the report as SARIF 2.1.0.", "--sarif"))
        .addArg(Specs.flag("Print a script of the fixes for your shell.", "--fix"))
        .build());
    spec.addOption(Specs.flag("Also list the checks that passed.", "-v", "--verbose"));
    spec.addOption(Specs.listOption("ID", "Run only these checks.", "--only").splitRegex(",")
        .completionCandidates(() -> Checks.all().stream().map(c -> c.id()).iterator()).build());
    spec.addOption(Specs.option("LEVEL", "error (default) or warning: the lowest severity that makes the exit"
        + " status 1.", "--fail-on").toBuilder().defaultValue("error")
        .completionCandidates(java.util.List.of("error", "warning")).build());
    spec.addOption(Specs.option("SHELL", "bash, zsh, fish, powershell or cmd (default: detected).", "--shell")
        .toBuilder().completionCandidates(java.util.List.of("bash", "zsh", "fish", "powershell", "cmd")).build());
    spec.addOption(Specs.flag("With --fix: run the safe, reversible go env -w/-u fixes, showing each first.",
        "--apply"));
    return spec;
  }

  private int run() {
    Severity threshold = switch (failOn) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw parsed.usageError("--fail-on: want error or warning, got \"" + failOn + "\"");
    };
    if (apply && !fix) {
      throw parsed.usageError("--apply needs --fix");
    }
    DoctorContext ctx = context(context, dir, go);
    Shell sh = shell(ctx);
    Report report;
    try {
      report = Doctor.run(ctx, Checks.all(), only, Duration.ofSeconds(5));
    } catch (IllegalArgumentException e) {
      throw parsed.usageError(e.getMessage());
    }
    PrintWriter out = parsed.out();
    DoctorFacts facts = new DoctorFacts(ctx, sh);
    if (json) {
      out.println(DoctorJson.render(report, facts));
    } else if (sarif) {
      out.println(DoctorSarif.render(report, versionString()));
    } else if (fix) {
      out.print(FixScript.render(report, sh));
      if (apply) {
        FixApplier.apply(report, ctx, out, parsed.err());
      }
    } else {
      new DoctorText(out, colour, verbose).render(report, facts);
    }
    out.flush();
    return report.failsAt(threshold) ? ExitCode.FAILED.code() : ExitCode.OK.code();
  }

  private Shell shell(DoctorContext ctx) {
    if (shell == null) {
      return Shell.detect(ctx.os(), context.env()::get);
    }
    try {
      return Shell.ofName(shell);
    } catch (IllegalArgumentException e) {
      throw parsed.usageError("--" + e.getMessage());
    }
  }

  /** Builds the doctor context of this process: --dir and --go resolved against the working directory. */
  public static DoctorContext context(CliContext context, String dir, String go) {
    Path wd = dir == null ? context.workingDir() : context.resolve(dir);
    UserFiles.requireDirectory(wd, "--dir " + (dir == null ? wd.toString() : dir));
    Optional<Path> goBin = Optional.ofNullable(go).map(context::resolve);
    // a dangling symlink is left to the checks (it is a diagnosis); a FIFO or a directory is not a go
    if (goBin.isPresent() && (Files.exists(goBin.get()) || !Files.isSymbolicLink(goBin.get()))) {
      UserFiles.requireRegular(goBin.get(), "--go " + go); // missing, a directory, a FIFO: refused here
    }
    return HostContext.of(Hosts.of(context, wd), goBin, Hosts.binaryReader());
  }

  private static String versionString() {
    return dev.gomedic.cli.Gomedic.version().orElse("development");
  }

  static List<Fix> applicable(Report report) {
    List<Fix> fixes = new ArrayList<>();
    for (Finding f : report.findings()) {
      f.fixes().stream().filter(Fix::applicable).findFirst().ifPresent(fixes::add);
    }
    return fixes;
  }
}
