package dev.gomedic.cli.doctor;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gomedic doctor}: run every check and report, root cause first. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = "Find why go fails on this machine and in this project, and say how to fix it.",
    footer = {"", "Exit status: 0 nothing at or above --fail-on was found, 1 something was, 2 usage error."})
public final class DoctorCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--dir", paramLabel = "DIR", description = "The project directory (default: the working directory).")
  String dir;

  @Option(names = "--go", paramLabel = "PATH", description = "Diagnose this go binary instead of the one on PATH.")
  String go;

  static final class Format {
    @Option(names = "--json", description = "Print the report as JSON (schemaVersion 1).")
    boolean json;

    @Option(names = "--sarif", description = "Print the report as SARIF 2.1.0.")
    boolean sarif;

    @Option(names = "--fix", description = "Print a script of the fixes for your shell.")
    boolean fix;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Format format = new Format();

  @Option(names = {"-v", "--verbose"}, description = "Also list the checks that passed.")
  boolean verbose;

  @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these checks.")
  List<String> only = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "error (default) or warning: the lowest severity that makes the exit status 1.")
  String failOn;

  @Option(names = "--shell", paramLabel = "SHELL", description = "bash, zsh, fish, powershell or cmd (default: detected).")
  String shell;

  @Option(names = "--apply", description = "With --fix: run the safe, reversible go env -w/-u fixes, showing each first.")
  boolean apply;

  public DoctorCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Severity threshold = switch (failOn) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--fail-on: want error or warning, got \"" + failOn + "\"");
    };
    if (apply && !format.fix) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--apply needs --fix");
    }
    DoctorContext ctx = context(context, dir, go);
    Shell sh = shell(ctx);
    Report report;
    try {
      report = Doctor.run(ctx, Checks.all(), only, Duration.ofSeconds(5));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    DoctorFacts facts = new DoctorFacts(ctx, sh);
    if (format.json) {
      out.println(DoctorJson.render(report, facts));
    } else if (format.sarif) {
      out.println(DoctorSarif.render(report, versionString()));
    } else if (format.fix) {
      out.print(FixScript.render(report, sh));
      if (apply) {
        FixApplier.apply(report, ctx, out, spec.commandLine().getErr());
      }
    } else {
      new DoctorText(out, context.terminal(), verbose).render(report, facts);
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
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
  }

  /** Builds the doctor context of this process: --dir and --go resolved against the working directory. */
  public static DoctorContext context(CliContext context, String dir, String go) {
    Path wd = dir == null ? context.workingDir() : context.resolve(dir);
    if (!Files.isDirectory(wd)) {
      throw new UserError(ExitCode.FAILED, "--dir " + dir + ": not a directory");
    }
    Optional<Path> goBin = Optional.ofNullable(go).map(context::resolve);
    if (goBin.isPresent() && !Files.exists(goBin.get(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new UserError(ExitCode.FAILED, "--go " + go + ": no such file");
    }
    return HostContext.of(Hosts.of(context, wd), goBin, Hosts.binaryReader());
  }

  private static String versionString() {
    String v = DoctorCommand.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  static List<Fix> applicable(Report report) {
    List<Fix> fixes = new ArrayList<>();
    for (Finding f : report.findings()) {
      f.fixes().stream().filter(Fix::applicable).findFirst().ifPresent(fixes::add);
    }
    return fixes;
  }
}
