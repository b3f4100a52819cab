package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Specs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic mod}: work with go.mod and go.work files. */
public final class ModCommand {
  private ModCommand() {}

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.group("mod", "Read, format and edit go.mod and go.work files as the go command does.");
    spec.addSubcommand("fmt", new CommandLine(ModFmtCommand.spec(context), Specs.factory()));
    spec.addSubcommand("edit", new CommandLine(ModEditCommand.spec(context), Specs.factory()));
    return spec;
  }
}
