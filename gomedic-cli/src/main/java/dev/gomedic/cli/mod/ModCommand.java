package dev.gomedic.cli.mod;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gomedic mod}: work with go.mod and go.work files. */
@Command(
    name = "mod",
    mixinStandardHelpOptions = true,
    description = "Read, format and edit go.mod and go.work files as the go command does.",
    subcommands = {ModFmtCommand.class, ModEditCommand.class})
public final class ModCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (fmt or edit)");
  }
}
