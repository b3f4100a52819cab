package dev.gomedic.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The parsed command line of one command, as its run method sees it, and where it writes. */
public final class Parsed {
  private final CommandSpec spec;

  Parsed(CommandSpec spec) {
    this.spec = spec;
  }

  /** Whether the boolean option named {@code name} was given. */
  public boolean flag(String name) {
    return Boolean.TRUE.equals(option(name).getValue());
  }

  /** The value of the option named {@code name}, or null when it was not given. */
  public String string(String name) {
    return option(name).getValue();
  }

  /** The values of the repeatable option named {@code name}, in order; empty when it was not given. */
  public List<String> strings(String name) {
    List<String> v = option(name).getValue();
    return v == null ? List.of() : v;
  }

  /** The value of the positional parameter at {@code index} of the spec, or null when absent. */
  public String positional(int index) {
    return spec.positionalParameters().get(index).getValue();
  }

  /** The values of the list-valued positional parameter at {@code index}; empty when none were given. */
  public List<String> positionals(int index) {
    List<String> v = spec.positionalParameters().get(index).getValue();
    return v == null ? List.of() : v;
  }

  /** The arguments this command did not recognise, in order (for commands that parse their own flags). */
  public List<String> unmatched() {
    return spec.commandLine().getUnmatchedArguments();
  }

  /** The whole command line as given to gomedic. */
  public List<String> originalArgs() {
    return spec.commandLine().getParseResult().originalArgs();
  }

  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  public PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A usage mistake in this command: picocli reports it with a pointer to the command's --help, exit 2. */
  public CommandLine.ParameterException usageError(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Prints this command's usage help. */
  public void usage(PrintWriter out) {
    spec.commandLine().usage(out);
  }

  /** The spec this command line was parsed with. */
  CommandSpec spec() {
    return spec;
  }

  private OptionSpec option(String name) {
    OptionSpec o = spec.findOption(name);
    if (o == null) {
      throw new IllegalArgumentException("no option " + name + " in " + spec.qualifiedName());
    }
    return o;
  }
}
