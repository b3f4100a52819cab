package dev.gomedic.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds gomedic's commands with picocli's programmatic API. Annotations would do the same in fewer lines, but
 * picocli reads them by reflection and the JVM generates a proxy class for every annotation type at run time,
 * which the class-data archive cannot hold: that cost ~0.2 s at every start. Each command therefore has a small
 * {@code spec(...)} method built from these helpers and a run method that reads the {@link Parsed} values.
 */
public final class Specs {
  private Specs() {}

  /** What a command does with its parsed command line; returns the exit code. */
  @FunctionalInterface
  public interface Action {
    int run(Parsed parsed) throws Exception;
  }

  /**
   * Instantiates only what picocli needs for programmatic specs (collections for multi-value options), so that
   * picocli's default factory, whose static initializer looks up Groovy's Closure class and thus opens and
   * searches the whole jar, is not loaded on most runs. (picocli still creates one itself to describe an
   * argument group while building it: doctor's --json/--sarif/--fix.)
   */
  private static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
    @Override
    @SuppressWarnings("unchecked")
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == List.class || cls == Collection.class) {
        return (K) new ArrayList<>();
      }
      if (cls == Set.class) {
        return (K) new HashSet<>();
      }
      if (cls == Map.class) {
        return (K) new LinkedHashMap<>();
      }
      return CommandLine.defaultFactory().create(cls);
    }
  };

  /** The factory every gomedic {@link CommandLine} is built with: {@code new CommandLine(spec, Specs.factory())}. */
  public static CommandLine.IFactory factory() {
    return FACTORY;
  }

  /**
   * A command named {@code name} that runs {@code action}, described by {@code description} (one line each). Every
   * command answers {@code -h} and {@code --help} with its usage on stdout (exit 0), before any of its required
   * parameters are checked.
   */
  public static CommandSpec command(String name, Action action, String... description) {
    Runner runner = new Runner(action);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(runner, FACTORY).name(name);
    runner.spec = spec;
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
        .description("Show this help message and exit.").build());
    return spec;
  }

  /**
   * A command that only groups subcommands: run bare, it lists them (its usage on stdout, exit 0), as {@code gh}
   * and {@code rustup} do.
   */
  public static CommandSpec group(String name, String... description) {
    return command(name, p -> {
      p.usage(p.out());
      return 0;
    }, description);
  }

  /** Adds -V/--version (the root command's only). */
  public static CommandSpec versionOption(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
        .description("Print version information and exit.").build());
    return spec;
  }

  /** A boolean option that takes no value. */
  public static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).description(description).build();
  }

  /** An option with one string value, shown as {@code label}. */
  public static OptionSpec option(String label, String description, String... names) {
    OptionSpec.Builder b = OptionSpec.builder(names).type(String.class).paramLabel(label);
    return (description == null ? b : b.description(description)).build();
  }

  /** A repeatable option whose values are collected in order. */
  public static OptionSpec.Builder listOption(String label, String description, String... names) {
    OptionSpec.Builder b = OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class)
        .paramLabel(label);
    return description == null ? b : b.description(description);
  }

  /** A positional parameter of one string at {@code index}; required unless {@code arity} starts at 0. */
  public static PositionalParamSpec positional(String index, String arity, String label, String description) {
    PositionalParamSpec.Builder b = PositionalParamSpec.builder().index(index).arity(arity).type(String.class)
        .paramLabel(label).required(!arity.startsWith("0"));
    return (description == null ? b : b.description(description)).build();
  }

  /** Positional parameters collected in a list; required unless {@code arity} starts at 0. */
  public static PositionalParamSpec positionals(String arity, String label, String description) {
    return PositionalParamSpec.builder().arity(arity).type(List.class).auxiliaryTypes(String.class)
        .paramLabel(label).required(!arity.startsWith("0")).description(description).build();
  }

  /**
   * Lets {@code spec} take arguments it does not declare (picocli's {@code @Unmatched}), for commands that parse
   * their own flags; the command reads them with {@link Parsed#unmatched()}.
   */
  public static CommandSpec allowUnmatched(CommandSpec spec) {
    spec.addUnmatchedArgsBinding(CommandLine.Model.UnmatchedArgsBinding.forStringCollectionSupplier(new Unmatched()));
    return spec;
  }

  /** Where picocli stores a command's undeclared arguments (it clears the list before each parse). */
  private static final class Unmatched implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {
    private final List<String> args = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) args;
    }

    @Override
    public <T> T set(T value) {
      args.clear();
      return null;
    }
  }

  /** The user object picocli calls for the command it matched last. */
  private static final class Runner implements Callable<Integer> {
    private final Action action;
    private CommandSpec spec;

    Runner(Action action) {
      this.action = action;
    }

    @Override
    public Integer call() throws Exception {
      return action.run(new Parsed(spec));
    }
  }
}
