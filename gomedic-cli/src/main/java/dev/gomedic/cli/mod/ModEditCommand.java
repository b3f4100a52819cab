package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.WorkFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gomedic mod edit [flags] [FILE]}: {@code go mod edit} with the go command's flags (Go-style: one dash,
 * {@code -flag=value} or {@code -flag value}, edit flags repeatable and applied in order).
 */
public final class ModEditCommand {
  private final CliContext context;
  private final Parsed parsed;
  private final List<String> argv;

  private ModEditCommand(CliContext context, Parsed p) {
    this.context = context;
    this.parsed = p;
    this.argv = p.unmatched();
  }

  static CommandSpec spec(CliContext context) {
    // The go command's flags do not fit picocli's model: every argument is collected and parsed by EditFlags.
    CommandSpec spec = Specs.command("edit", p -> new ModEditCommand(context, p).run(),
        "Edits a go.mod as 'go mod edit' does (a file named go.work as 'go work edit' does), in place"
            + " (atomically) unless -json or -print is given.",
        "",
        "Flags: -fmt -print -json -module=path -go=version|none -toolchain=name|none",
        "  -godebug=key=value -dropgodebug=key -require=path@version -droprequire=path",
        "  -exclude=path@version -dropexclude=path@version -replace=old[@v]=new[@v] -dropreplace=old[@v]",
        "  -retract=version|[low,high] -dropretract=version|[low,high] -tool=path -droptool=path",
        "  -ignore=path -dropignore=path; for go.work: -use=dir -dropuse=dir",
        "FILE defaults to ./go.mod.");
    return Specs.allowUnmatched(spec);
  }

  private int run() {
    try {
      edit();
    } catch (OutOfMemoryError e) {
      throw ModFiles.tooBig(file());
    }
    return dev.gomedic.cli.ExitCode.OK.code();
  }

  private String file() {
    List<String> rest = EditFlags.parse(argv).args;
    return rest.isEmpty() ? "go.mod" : rest.get(0);
  }

  private void edit() {
    EditPlan plan = EditFlags.parse(argv);
    PrintWriter out = parsed.out();
    if (plan.help) {
      parsed.usage(out);
      out.flush();
      return;
    }
    if (!plan.anyFlags()) {
      throw new UserError(ExitCode.USAGE, "no flags specified (see 'gomedic mod edit --help')");
    }
    if (plan.json && plan.print) {
      throw new UserError(ExitCode.USAGE, "cannot use both -json and -print");
    }
    if (plan.args.size() > 1) {
      throw new UserError(ExitCode.USAGE, "too many arguments");
    }
    if (!plan.module.isEmpty()) {
      String problem = ImportPathCheck.problem(plan.module);
      if (problem != null) {
        throw new UserError(ExitCode.FAILED, "invalid -module: " + problem);
      }
    }
    if (!plan.go.isEmpty() && !plan.go.equals("none") && !dev.gomedic.mod.modfile.ModText.isGoVersion(plan.go)) {
      throw new UserError(ExitCode.FAILED, "invalid -go option; expecting something like \"-go 1.22.0\"");
    }
    if (!plan.toolchain.isEmpty() && !plan.toolchain.equals("none")
        && !dev.gomedic.mod.modfile.ModText.isToolchain(plan.toolchain)) {
      throw new UserError(ExitCode.FAILED,
          "invalid -toolchain option; expecting something like \"-toolchain go1.22.0\"");
    }
    String shown = plan.args.isEmpty() ? "go.mod" : plan.args.get(0);
    Path path = context.resolve(shown);
    byte[] data = ModFiles.read(path, shown);
    byte[] text;
    if (path.getFileName().toString().equals("go.work")) {
      WorkFile f = ModFiles.parseWork(shown, data);
      plan.apply(f);
      if (plan.json) {
        out.print(WorkJson.render(f));
        out.flush();
        return;
      }
      text = f.formatBytes();
    } else {
      ModFile f = ModFiles.parseMod(shown, data);
      plan.apply(f);
      if (plan.json) {
        ModJson.render(f, out);
        return;
      }
      text = f.formatBytes();
    }
    if (plan.print) {
      ModFiles.print(out, text);
      return;
    }
    ModFiles.write(path, shown, data, text);
  }
}
