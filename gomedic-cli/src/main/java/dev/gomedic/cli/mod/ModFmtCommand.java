package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import dev.gomedic.mod.modfile.WorkFile;
import java.nio.file.Path;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic mod fmt [FILE] [-w]}: the go command's formatting of a go.mod or go.work file. */
public final class ModFmtCommand {
  private final CliContext context;
  private final String file;
  private final boolean write;

  private ModFmtCommand(CliContext context, Parsed p) {
    this.context = context;
    this.file = p.positional(0);
    this.write = p.flag("--write");
  }

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("fmt", p -> new ModFmtCommand(context, p).run(p.out()),
        "Formats a go.mod (or a file named go.work) as 'go mod edit -fmt' does: standard layout, sorted blocks,"
            + " duplicates removed, versions canonical.",
        "Prints the result, or rewrites the file in place with -w.");
    spec.addPositional(Specs.positional("0", "0..1", "FILE", "the file (default: ./go.mod)"));
    spec.addOption(Specs.flag("rewrite the file in place instead of printing it", "-w", "--write"));
    return spec;
  }

  private int run(PrintWriter out) {
    try {
      edit(out);
    } catch (OutOfMemoryError e) {
      throw ModFiles.tooBig(file());
    }
    return ExitCode.OK.code();
  }

  private String file() {
    return file == null ? "go.mod" : file;
  }

  private void edit(PrintWriter out) {
    String shown = file == null ? "go.mod" : file;
    Path path = context.resolve(shown);
    byte[] data = ModFiles.read(path, shown);
    byte[] bytes = format(shown, path.getFileName().toString().equals("go.work"), data);
    if (write) {
      ModFiles.write(path, shown, data, bytes);
    } else {
      ModFiles.print(out, bytes);
    }
  }

  static byte[] format(String shown, boolean work, byte[] data) {
    try {
      if (work) {
        WorkFile f = WorkFile.parse(shown, data);
        f.sortBlocks();
        f.cleanup();
        return f.formatBytes();
      }
      ModFile f = ModFile.parse(shown, data);
      f.sortBlocks();
      f.cleanup();
      return f.formatBytes();
    } catch (ModFileException e) {
      throw ModFiles.parseError(e);
    }
  }
}
