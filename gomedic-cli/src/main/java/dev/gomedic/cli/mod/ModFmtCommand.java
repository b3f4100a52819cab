package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import dev.gomedic.mod.modfile.WorkFile;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gomedic mod fmt [FILE] [-w]}: the go command's formatting of a go.mod or go.work file. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Formats a go.mod (or a file named go.work) as 'go mod edit -fmt' does: standard layout, sorted blocks,"
          + " duplicates removed, versions canonical.",
      "Prints the result, or rewrites the file in place with -w."
    })
public final class ModFmtCommand implements Runnable {
  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the file (default: ./go.mod)")
  String file;

  @Option(names = {"-w", "--write"}, description = "rewrite the file in place instead of printing it")
  boolean write;

  public ModFmtCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public void run() {
    try {
      edit();
    } catch (OutOfMemoryError e) {
      throw ModFiles.tooBig(file());
    }
  }

  private String file() {
    return file == null ? "go.mod" : file;
  }

  private void edit() {
    String shown = file == null ? "go.mod" : file;
    Path path = context.resolve(shown);
    byte[] data = ModFiles.read(path, shown);
    byte[] bytes = format(shown, path.getFileName().toString().equals("go.work"), data);
    if (write) {
      ModFiles.write(path, shown, data, bytes);
    } else {
      ModFiles.print(spec.commandLine().getOut(), bytes);
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
