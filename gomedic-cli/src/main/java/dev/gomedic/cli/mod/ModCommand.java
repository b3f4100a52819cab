package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Specs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic mod}: work with go.mod and go.work files. */
public final class ModCommand {
  private ModCommand() {}

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.group("mod", "Read, format and edit go.mod and go.work files, hash, zip and verify modules, as the go command does.");
    spec.addSubcommand("fmt", new CommandLine(ModFmtCommand.spec(context), Specs.factory()));
    spec.addSubcommand("edit", new CommandLine(ModEditCommand.spec(context), Specs.factory()));
    spec.addSubcommand("hash", new CommandLine(ModHashCommand.spec(context), Specs.factory()));
    spec.addSubcommand("zip", new CommandLine(ModZipCommand.spec(context), Specs.factory()));
    spec.addSubcommand("verify", new CommandLine(ModVerifyCommand.spec(context), Specs.factory()));
    return spec;
  }
}
