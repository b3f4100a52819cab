package dev.gomedic.cli;

import dev.gomedic.cli.doctor.DoctorCommand;
import dev.gomedic.cli.doctor.ExplainCommand;
import dev.gomedic.cli.mod.ModCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code gomedic} command and the mapping from outcomes to exit codes. */
@Command(
    name = "gomedic",
    mixinStandardHelpOptions = true,
    versionProvider = Gomedic.Version.class,
    description = "Finds out why go misbehaves on this machine and in this project, and says how to fix it.")
public final class Gomedic implements Runnable {
  /**
   * The subcommands, in the order help lists them. They are registered in {@link #run} rather than in the
   * {@code @Command} annotation so that a run builds picocli's model only for the command it runs: building the
   * whole tree (every option of every command, through reflection) cost more start-up time than most commands.
   */
  private static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(
      TrainCommand.class,
      DoctorCommand.class,
      ExplainCommand.class,
      EnvCommand.class,
      WhichGoCommand.class,
      ModCommand.class,
      dev.gomedic.cli.inspect.InspectCommand.class,
      dev.gomedic.cli.toolchain.VerifyCommand.class,
      dev.gomedic.cli.toolchain.ToolchainCommand.class,
      dev.gomedic.cli.toolchain.ExecCommand.class,
      dev.gomedic.cli.toolchain.ShellInitCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /**
   * Runs gomedic with the given arguments and returns the exit code. Never throws: user mistakes become one
   * line on {@code err}; a bug becomes one line plus a request to report it.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
    ContextFactory factory = new ContextFactory(context);
    CommandLine cli = new CommandLine(new Gomedic(), factory);
    Class<?> only = args.length == 0 ? null : subcommandNamed(args[0]);
    for (Class<?> c : SUBCOMMANDS) {
      if (only == null || c == only) {
        cli.addSubcommand(new CommandLine(c, factory));
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> failed(ex, err));
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("gomedic: " + ex.getMessage());
          CommandLine failed = ex.getCommandLine();
          err.println("Run '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
          return ExitCode.USAGE.code();
        });
    return cli.execute(args);
  }

  /** A command's exception as one line (a user mistake) or an internal-error report; the exit code. */
  private static int failed(Exception ex, PrintWriter err) {
    if (ex instanceof UserError ue) {
      err.println("gomedic: " + ue.getMessage());
      return ue.exitCode().code();
    }
    err.println("gomedic: internal error: " + ex);
    err.println("gomedic: this is a bug in gomedic; please report it with the command you ran.");
    return ExitCode.INTERNAL.code();
  }

  /** The subcommand class whose name is {@code name}, or null (an option, a typo: then all are registered). */
  private static Class<?> subcommandNamed(String name) {
    for (Class<?> c : SUBCOMMANDS) {
      Command cmd = c.getAnnotation(Command.class);
      if (cmd.name().equals(name) || java.util.Arrays.asList(cmd.aliases()).contains(name)) {
        return c;
      }
    }
    return null;
  }

  /** Reads the version from the jar manifest's Implementation-Version, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Gomedic.class.getPackage().getImplementationVersion();
      return new String[] {"gomedic " + (v == null ? "(development build)" : v)};
    }
  }

  /** Hands every command the process context through its constructor. */
  private record ContextFactory(CliContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
