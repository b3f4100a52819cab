package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import dev.gomedic.cli.UserError;
import dev.gomedic.cli.UserFiles;
import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic mod hash [--module PATH@VERSION] FILE.zip|DIR|FILE.mod}: the go.sum line of a zip, tree or go.mod. */
final class ModHashCommand {
  private final CliContext context;
  private final String target;
  private final String module;

  private ModHashCommand(CliContext context, Parsed p) {
    this.context = context;
    this.target = p.positional(0);
    this.module = p.string("--module");
  }

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("hash", p -> new ModHashCommand(context, p).run(p.out()),
        "Prints what go.sum would record for a module zip, an extracted module tree or a go.mod (the h1: hash of"
            + " golang.org/x/mod/sumdb/dirhash).",
        "FILE.zip: 'PATH VERSION h1:...', the module taken from --module or else from the PATH@VERSION/ prefix"
            + " all its entries share; a zip without one prints the bare h1:.",
        "DIR (needs --module, the names hashed start with PATH@VERSION/): 'PATH VERSION h1:...'.",
        "FILE.mod or go.mod: 'PATH VERSION/go.mod h1:...' with --module, else the bare h1:.");
    spec.addPositional(Specs.positional("0", "1", "FILE|DIR", "a module zip, a module directory or a go.mod file"));
    spec.addOption(Specs.option("PATH@VERSION", "the module the zip, tree or go.mod belongs to", "--module"));
    return spec;
  }

  private int run(PrintWriter out) {
    Path path = UserFiles.requireFileOrDirectory(context.resolve(target), target);
    Optional<ModuleVersion> m = module == null ? Optional.empty() : Optional.of(ModuleArg.parse(module));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      out.print(line(path, m, pool) + "\n");
    } catch (IOException e) {
      throw UserFiles.error("open", target, e);
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private String line(Path path, Optional<ModuleVersion> m, ExecutorService pool) throws IOException {
    if (Files.isDirectory(path)) {
      ModuleVersion mv = m.orElseThrow(() -> new UserError(ExitCode.FAILED, "mod hash " + target
          + ": a directory needs --module PATH@VERSION (the names hashed start with PATH@VERSION/)"));
      return mv.path() + " " + mv.version() + " " + DirHash.hashDir(path, mv, pool);
    }
    String name = path.getFileName().toString();
    if (name.endsWith(".mod")) {
      String h = DirHash.hashGoMod(ModFiles.read(path, target));
      return m.map(mv -> mv.path() + " " + mv.version() + "/go.mod " + h).orElse(h);
    }
    String h = DirHash.hashZip(path, pool);
    Optional<ModuleVersion> mv = m.isPresent() ? m : ModuleArg.ofZip(path, target);
    return mv.map(v -> v.path() + " " + v.version() + " " + h).orElse(h);
  }
}
