package dev.gomedic.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gomedic help [COMMAND...]}: the usage of any command or subcommand ({@code help toolchain install}), or
 * one of the topics: {@code exit-codes} and {@code environment}.
 */
final class HelpCommand {
  private HelpCommand() {}

  /** The environment variables gomedic itself reads (go's own are explained by {@code gomedic env --explain}). */
  static final List<Map.Entry<String, String>> ENVIRONMENT = List.of(
      Map.entry("GOMEDIC_HOME", "where toolchain keeps installed Go releases, downloads and the release catalog"
          + " (default: ~/.gomedic)"),
      Map.entry("GOMEDIC_GO_VERSION", "the Go release to use here, before .go-version and go.mod"),
      Map.entry("GOMEDIC_RELEASES_URL", "the release catalog to read instead of"
          + " https://go.dev/dl/?mode=json&include=all"),
      Map.entry("GOMEDIC_DOWNLOAD_BASE", "where to download Go releases from instead of https://dl.google.com/go/"),
      Map.entry("GOMEDIC_JAVA", "launcher: the java executable to run gomedic with (default: the newest JDK 17+"
          + " found)"),
      Map.entry("GOMEDIC_JAVA_OPTS", "launcher: extra JVM options, appended last"),
      Map.entry("GOMEDIC_CDS", "launcher: 0 starts without a start-up archive (none is written)"),
      Map.entry("GOMEDIC_BUILD", "launcher: 0 never builds the jar; fails if it is missing"),
      Map.entry("GOMEDIC_CDS_KEEP", "launcher: how many start-up archives to keep (default 24)"),
      Map.entry("XDG_CACHE_HOME", "launcher: start-up archives are kept in $XDG_CACHE_HOME/gomedic (default:"
          + " ~/.cache/gomedic); those of other builds and JDKs are removed"),
      Map.entry("NO_COLOR", "any value turns colour off (https://no-color.org); so does TERM=dumb"),
      Map.entry("TERM", "dumb turns colour off"));

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("help", p -> run(Gomedic.model(context), p, p.positionals(0)),
        "Show the usage of a command, or a topic: exit-codes, environment.");
    spec.addPositional(Specs.positionals("0..*", "COMMAND", "A command and subcommands, or a topic."));
    return spec;
  }

  private static int run(CommandLine root, Parsed p, List<String> words) {
    PrintWriter out = p.out();
    if (words.size() == 1 && words.get(0).equals("exit-codes")) {
      out.println("gomedic exits with:");
      for (ExitCode c : ExitCode.values()) {
        out.println("  " + c.code() + "  " + c.meaning());
      }
      return ExitCode.OK.code();
    }
    if (words.size() == 1 && words.get(0).equals("environment")) {
      out.println("gomedic reads these environment variables (and go's own, as go does):");
      int w = ENVIRONMENT.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
      for (Map.Entry<String, String> e : ENVIRONMENT) {
        out.println("  " + e.getKey() + " ".repeat(w - e.getKey().length() + 2) + e.getValue());
      }
      return ExitCode.OK.code();
    }
    CommandLine at = root;
    for (String w : words) {
      CommandLine next = at.getSubcommands().get(w);
      if (next == null || next.getCommandSpec().usageMessage().hidden()) {
        throw p.usageError("help: unknown command '" + String.join(" ", words) + "': see 'gomedic help'");
      }
      at = next;
    }
    at.usage(out);
    return ExitCode.OK.code();
  }
}
