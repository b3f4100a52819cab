package dev.gomedic.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Shell completion from the command model. {@code gomedic completion SHELL} prints a small script for bash, zsh,
 * fish or PowerShell; on each Tab the script runs the hidden {@code gomedic __complete WORD...} (the words after
 * {@code gomedic}, the last one being completed, possibly empty), which walks the same picocli model the parser
 * uses and prints one candidate a line: subcommand names, option names, and the values an option or parameter
 * declares as completion candidates (some computed then: installed toolchain versions, doctor check IDs). When it
 * prints nothing, the scripts fall back to completing file names, so paths complete as usual.
 */
final class CompletionCommand {
  private CompletionCommand() {}

  static final List<String> SHELLS = List.of("bash", "zsh", "fish", "powershell");

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("completion", p -> {
      p.out().print(script(p.positional(0), p));
      return ExitCode.OK.code();
    }, "Print the shell code that completes gomedic's commands, options and values.",
        "bash:       source <(gomedic completion bash)         (in ~/.bashrc)",
        "zsh:        source <(gomedic completion zsh)          (in ~/.zshrc)",
        "fish:       gomedic completion fish > ~/.config/fish/completions/gomedic.fish",
        "powershell: gomedic completion powershell | Out-String | Invoke-Expression   (in $PROFILE)");
    spec.addPositional(Specs.positional("0", "1", "SHELL", "bash, zsh, fish or powershell").toBuilder()
        .completionCandidates(SHELLS).build());
    return spec;
  }

  /** The hidden command the scripts call. */
  static CommandSpec completeSpec(CliContext context) {
    CommandSpec spec = Specs.command("__complete", p -> {
      // The raw words: picocli would take a "--" being completed as its end-of-options marker.
      List<String> raw = p.originalArgs();
      complete(Gomedic.model(context), raw.subList(raw.indexOf("__complete") + 1, raw.size()), p.out());
      return ExitCode.OK.code();
    }, "Print the completions of the last word.");
    spec.addPositional(Specs.positionals("0..*", "WORD", null));
    spec.usageMessage().hidden(true);
    spec.parser().unmatchedOptionsArePositionalParams(true);
    return spec;
  }

  private static String script(String shell, Parsed p) {
    String name = switch (shell) {
      case "bash" -> "completion.bash";
      case "zsh" -> "completion.zsh";
      case "fish" -> "completion.fish";
      case "powershell", "pwsh" -> "completion.ps1";
      default -> throw p.usageError("completion: unknown shell " + shell + " (want bash, zsh, fish or powershell)");
    };
    try (var in = CompletionCommand.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("completion script " + name + " missing from the jar", e);
    }
  }

  /** Prints the candidates for the last of {@code words}. */
  static void complete(CommandLine root, List<String> words, PrintWriter out) {
    List<String> w = new ArrayList<>(words.isEmpty() ? List.of("") : words);
    if (w.get(w.size() - 1).equals("''")) {
      w.set(w.size() - 1, ""); // PowerShell's way of passing an empty word (see completion.ps1)
    }
    String current = w.get(w.size() - 1);
    CommandLine at = root;
    ArgSpec pending = null;
    int positional = 0;
    boolean helpWalk = false;
    CommandLine helpAt = root;
    for (String word : w.subList(0, w.size() - 1)) {
      if (pending != null) {
        pending = null;
        continue;
      }
      if (word.equals("--")) {
        return;
      }
      if (word.startsWith("-")) {
        OptionSpec o = at.getCommandSpec().findOption(word.contains("=") ? word.substring(0, word.indexOf('=')) : word);
        if (o != null && !word.contains("=") && o.typeInfo().getType() != boolean.class) {
          pending = o;
        }
        continue;
      }
      CommandLine sub = at.getSubcommands().get(word);
      if (helpWalk) {
        CommandLine next = helpAt.getSubcommands().get(word);
        helpAt = next == null ? helpAt : next;
        continue;
      }
      if (sub != null && positional == 0) {
        at = sub;
        helpWalk = word.equals("help") && at.getParent() == root;
        continue;
      }
      positional++;
    }
    Set<String> out1 = new LinkedHashSet<>();
    if (pending != null) {
      candidates(pending).forEach(out1::add);
    } else if (current.startsWith("-")) {
      for (OptionSpec o : at.getCommandSpec().options()) {
        if (!o.hidden()) {
          out1.addAll(List.of(o.names()));
        }
      }
    } else if (helpWalk) {
      subcommands(helpAt, out1);
      if (helpAt == root) {
        out1.add("exit-codes");
        out1.add("environment");
      }
    } else {
      if (positional == 0) {
        subcommands(at, out1);
      }
      List<PositionalParamSpec> ps = at.getCommandSpec().positionalParameters();
      for (PositionalParamSpec ps1 : ps) {
        if (ps1.index().contains(positional)) {
          candidates(ps1).forEach(out1::add);
        }
      }
    }
    for (String c : out1) {
      if (c.startsWith(current)) {
        out.println(c);
      }
    }
  }

  private static void subcommands(CommandLine at, Set<String> into) {
    at.getSubcommands().forEach((n, c) -> {
      if (!c.getCommandSpec().usageMessage().hidden()) {
        into.add(n);
      }
    });
  }

  private static List<String> candidates(ArgSpec a) {
    List<String> l = new ArrayList<>();
    Iterable<String> c = a.completionCandidates();
    if (c != null) {
      c.forEach(l::add);
    }
    return l;
  }
}
