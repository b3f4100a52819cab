package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import dev.gomedic.cli.UserError;
import dev.gomedic.cli.UserFiles;
import dev.gomedic.mod.modzip.CheckedFiles;
import dev.gomedic.mod.modzip.FileError;
import dev.gomedic.mod.modzip.ModZip;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic mod zip create|check}: module zips as golang.org/x/mod/zip makes and checks them. */
final class ModZipCommand {
  private ModZipCommand() {}

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.group("zip", "Create and check module zips with golang.org/x/mod/zip's rules.");
    spec.addSubcommand("create", new CommandLine(createSpec(context), Specs.factory()));
    spec.addSubcommand("check", new CommandLine(checkSpec(context), Specs.factory()));
    return spec;
  }

  private static CommandSpec createSpec(CliContext context) {
    CommandSpec spec = Specs.command("create", p -> create(context, p),
        "Writes the module zip of DIR to OUT.zip, as the go command would serve and hash it (x/mod's"
            + " CreateFromDir).",
        "Each file left out is printed on stderr as 'omitted: FILE: REASON' in x/mod's words; the zip is written"
            + " to a temporary file beside OUT.zip and renamed, so OUT.zip is never half-written.");
    spec.addOption(OptionRequired.module());
    spec.addPositional(Specs.positional("0", "1", "DIR", "the module's root directory"));
    spec.addPositional(Specs.positional("1", "1", "OUT.zip", "the zip to write (replaced if it exists)"));
    return spec;
  }

  private static CommandSpec checkSpec(CliContext context) {
    CommandSpec spec = Specs.command("check", p -> check(context, p),
        "Lists which files of DIR or ZIP a module zip holds, in x/mod's words: 'valid:', 'omitted:' and"
            + " 'invalid:' sections, one 'FILE: REASON' a line.",
        "Exit 1 when a file is invalid or the module is too large. A zip's module is taken from --module or the"
            + " PATH@VERSION/ prefix of its entries.");
    spec.addOption(Specs.option("PATH@VERSION", "the module of a ZIP (default: from its entry names)", "--module"));
    spec.addPositional(Specs.positional("0", "1", "DIR|ZIP", "a module directory or a module zip"));
    return spec;
  }

  private static int create(CliContext context, Parsed p) {
    ModuleVersion m = ModuleArg.parse(p.string("--module"));
    String dirArg = p.positional(0);
    String outArg = p.positional(1);
    Path dir = context.resolve(dirArg);
    UserFiles.requireDirectory(dir, dirArg);
    Path out = context.resolve(outArg);
    CheckedFiles cf;
    try {
      cf = ModZip.checkDir(dir);
    } catch (IOException e) {
      throw UserFiles.error("open", dirArg, e);
    }
    for (FileError e : cf.omitted()) {
      p.err().print("omitted: " + e + "\n");
    }
    p.err().flush();
    // The zip is made in the system's temporary directory (OUT.zip may well lie inside DIR: its partial copy
    // must not be walked into the zip), then copied beside OUT and renamed over it: never a half-written OUT.
    Path parent = out.toAbsolutePath().getParent();
    UserFiles.requireDirectory(parent, outArg.lastIndexOf('/') > 0 ? outArg.substring(0, outArg.lastIndexOf('/'))
        : parent.toString());
    Path made = null;
    Path tmp = null;
    try {
      made = Files.createTempFile("gomedic-zip-", ".zip");
      try (OutputStream os = Files.newOutputStream(made)) {
        ModZip.createFromDir(os, m, dir);
      }
      try {
        tmp = Files.createTempFile(parent, "." + out.getFileName() + ".", ".tmp");
        Files.copy(made, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        tmp = null;
      } catch (IOException e) {
        throw UserFiles.error("create", outArg, e);
      }
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
    } finally {
      for (Path t : new Path[] {made, tmp}) {
        if (t != null) {
          try {
            Files.deleteIfExists(t);
          } catch (IOException ignored) {
            // the target is untouched either way
          }
        }
      }
    }
    return ExitCode.OK.code();
  }

  private static String oneLine(String s) {
    return s.replace("\n", "; ");
  }

  private static int check(CliContext context, Parsed p) {
    String arg = p.positional(0);
    Path path = UserFiles.requireFileOrDirectory(context.resolve(arg), arg);
    CheckedFiles cf;
    try {
      if (Files.isDirectory(path)) {
        cf = ModZip.checkDir(path);
      } else {
        String mod = p.string("--module");
        ModuleVersion m = mod != null ? ModuleArg.parse(mod) : ModuleArg.ofZip(path, arg).orElseThrow(() ->
            new UserError(ExitCode.FAILED, arg + ": the entries share no PATH@VERSION/ prefix; give --module"));
        cf = ModZip.checkZip(m, path);
      }
    } catch (IOException e) {
      throw UserFiles.error("open", arg, e);
    }
    PrintWriter out = p.out();
    StringBuilder b = new StringBuilder("valid:\n");
    cf.valid().forEach(v -> b.append(v).append('\n'));
    b.append("\nomitted:\n");
    cf.omitted().forEach(e -> b.append(e).append('\n'));
    b.append("\ninvalid:\n");
    cf.invalid().forEach(e -> b.append(e).append('\n'));
    out.print(b);
    out.flush();
    if (cf.sizeError().isPresent()) {
      throw new UserError(ExitCode.FAILED, cf.sizeError().get());
    }
    return cf.invalid().isEmpty() ? ExitCode.OK.code() : ExitCode.FAILED.code();
  }

  /** The required {@code --module} option of create. */
  private static final class OptionRequired {
    private OptionRequired() {}

    static CommandLine.Model.OptionSpec module() {
      return CommandLine.Model.OptionSpec.builder("--module").type(String.class).paramLabel("PATH@VERSION")
          .required(true).description("the module the zip is for").build();
    }
  }
}
