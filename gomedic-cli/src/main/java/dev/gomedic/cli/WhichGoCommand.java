package dev.gomedic.cli;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.discovery.Discovered;
import dev.gomedic.discovery.DiscoveryProblem;
import dev.gomedic.discovery.Toolchain;
import dev.gomedic.host.Host;
import dev.gomedic.host.HostProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic which-go}: every installed go, which one PATH runs, and which are shadowed. */
final class WhichGoCommand {
  private WhichGoCommand() {}

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("which-go", p -> {
      run(context, p.flag("-json"), p.out());
      return ExitCode.OK.code();
    }, "List every go installation found: on PATH (in order) and elsewhere.");
    spec.addOption(Specs.flag("Print as JSON (schemaVersion 1; docs/schemas/which-go.schema.json).", "-json"));
    return spec;
  }

  private static void run(CliContext context, boolean json, PrintWriter out) {
    Host host = Hosts.of(context, context.workingDir());
    Discovered d = EnvCommand.discover(host);
    if (json) {
      JsonWriter w = JsonWriter.indented().beginObject().field("schemaVersion", 1).name("Toolchains").beginArray();
      for (Toolchain t : d.toolchains()) {
        w.beginObject()
            .field("Path", t.executable().toString())
            .field("Resolved", t.resolved().toString())
            .field("Version", t.versionOrUnknown())
            .field("VersionSource", t.versionSource())
            .field("GOROOT", t.goroot().map(Path::toString).orElse(""))
            .field("Location", t.location())
            .field("OnPath", t.onPath())
            .field("PathIndex", t.pathIndex())
            .field("Shadowed", t.shadowed())
            .name("Aliases").beginArray();
        t.aliases().forEach(a -> w.value(a.toString()));
        w.endArray().endObject();
      }
      w.endArray().name("Problems").beginArray();
      host.searchPath().problems().forEach(p -> w.value(p.toString()));
      d.problems().forEach(p -> w.value(p.toString()));
      out.print(w.endArray().endObject());
      out.print("\n");
      return;
    }
    if (d.toolchains().isEmpty()) {
      out.print("no go installation found (PATH and the usual install locations were searched)\n");
    }
    for (Toolchain t : d.toolchains()) {
      String mark = t.pathIndex() == 0 ? "* " : "  ";
      String where = t.onPath() ? (t.shadowed() ? "on PATH #" + (t.pathIndex() + 1) + ", shadowed"
          : "on PATH #1, runs as 'go'") : "not on PATH (" + t.location() + ")";
      out.print(mark + t.executable());
      if (!t.resolved().equals(t.executable())) {
        out.print(" -> " + t.resolved());
      }
      out.print("\n    version " + t.versionOrUnknown() + " (" + t.versionSource() + ")"
          + ", GOROOT " + t.goroot().map(Path::toString).orElse("unknown") + ", " + where + "\n");
      for (Path alias : t.aliases()) {
        out.print("    also reached as " + alias + "\n");
      }
    }
    if (!host.searchPath().problems().isEmpty() || !d.problems().isEmpty()) {
      out.print("\nproblems:\n");
      for (HostProblem p : host.searchPath().problems()) {
        out.print("  " + p + "\n");
      }
      for (DiscoveryProblem p : d.problems()) {
        out.print("  " + p + "\n");
      }
    }
  }
}
