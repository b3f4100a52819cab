package dev.gomedic.cli;

import dev.gomedic.cli.doctor.DoctorCommand;
import dev.gomedic.cli.doctor.ExplainCommand;
import dev.gomedic.cli.inspect.InspectCommand;
import dev.gomedic.cli.mod.ModCommand;
import dev.gomedic.cli.toolchain.ExecCommand;
import dev.gomedic.cli.toolchain.ShellInitCommand;
import dev.gomedic.cli.toolchain.ToolchainCommand;
import dev.gomedic.cli.toolchain.VerifyCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code gomedic} command and the mapping from outcomes to exit codes. */
public final class Gomedic {
  private Gomedic() {}

  /** A subcommand: its name and how to build its spec (with the process context its run method needs). */
  private record Sub(String name, Function<CliContext, CommandSpec> spec) {}

  /**
   * The subcommands, in the order help lists them. A run builds the spec of the command it runs only (none for a
   * lone --version, all of them for help or a typo), so that no run pays for the options of every command.
   */
  private static final List<Sub> SUBCOMMANDS = List.of(
      new Sub("__train", TrainCommand::spec),
      new Sub("doctor", DoctorCommand::spec),
      new Sub("explain", ExplainCommand::spec),
      new Sub("env", EnvCommand::spec),
      new Sub("which-go", WhichGoCommand::spec),
      new Sub("mod", ModCommand::spec),
      new Sub("inspect", InspectCommand::spec),
      new Sub("verify", VerifyCommand::spec),
      new Sub("toolchain", ToolchainCommand::spec),
      new Sub("exec", ExecCommand::spec),
      new Sub("shell-init", ShellInitCommand::spec),
      new Sub("completion", CompletionCommand::spec),
      new Sub("__complete", CompletionCommand::completeSpec),
      new Sub("help", HelpCommand::spec));

  /** The names of every subcommand, hidden ones included. */
  static List<String> subcommandNames() {
    return SUBCOMMANDS.stream().map(Sub::name).toList();
  }

  /** The root command: run bare, it lists the commands; -h and -V. */
  static CommandSpec spec() {
    CommandSpec spec = Specs.group("gomedic",
        "Finds out why go misbehaves on this machine and in this project, and says how to fix it.");
    spec.usageMessage().footer("", "Run 'gomedic help COMMAND' for a command's usage, 'gomedic help exit-codes'"
        + " for the exit codes and 'gomedic help environment' for the environment variables gomedic reads.");
    spec.versionProvider(VersionInfo::lines);
    return Specs.versionOption(spec);
  }

  /** The version Maven built; empty in a development build (classes compiled outside Maven). */
  public static java.util.Optional<String> version() {
    return BuildVersion.VERSION.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(BuildVersion.VERSION);
  }

  /**
   * Runs gomedic with the given arguments and returns the exit code. Never throws: user mistakes become one
   * line on {@code err}; a bug becomes one line plus a request to report it.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
    java.util.OptionalInt quick = QuickPath.run(args, out, err, context);
    return quick.isPresent() ? quick.getAsInt() : runParsed(args, out, err, context);
  }

  /** The whole command model, every subcommand built (for help and completion). */
  static CommandLine model(CliContext context) {
    CommandLine cli = new CommandLine(spec(), Specs.factory());
    for (Sub s : SUBCOMMANDS) {
      cli.addSubcommand(s.name(), new CommandLine(s.spec().apply(context), Specs.factory()));
    }
    return cli;
  }

  /** {@link #run} through picocli, whatever the command line: QuickPathTest compares the two. */
  static int runParsed(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
    CommandLine cli = new CommandLine(spec(), Specs.factory());
    String first = args.length == 0 ? "" : args[0];
    boolean known = SUBCOMMANDS.stream().anyMatch(s -> s.name().equals(first));
    boolean versionOnly = args.length == 1 && (first.equals("--version") || first.equals("-V"));
    for (Sub s : SUBCOMMANDS) {
      if (!versionOnly && (!known || s.name().equals(first))) {
        cli.addSubcommand(s.name(), new CommandLine(s.spec().apply(context), Specs.factory()));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> failed(ex, err));
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("gomedic: " + ex.getMessage());
          ex.getCommandLine().usage(err);
          return ExitCode.USAGE.code();
        });
    return cli.execute(args);
  }

  /** A command's exception as one line (a user mistake) or an internal-error report; the exit code. */
  static int failed(Exception ex, PrintWriter err) {
    if (ex instanceof UserError ue) {
      err.println("gomedic: " + ue.getMessage());
      return ue.exitCode().code();
    }
    err.println("gomedic: internal error: " + ex);
    err.println("gomedic: this is a bug in gomedic; please report it with the command you ran.");
    return ExitCode.INTERNAL.code();
  }
}
