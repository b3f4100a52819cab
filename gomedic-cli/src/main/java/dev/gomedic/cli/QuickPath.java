package dev.gomedic.cli;

import dev.gomedic.cli.inspect.InspectCommand;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The command lines scripts run most often, run without building picocli's command model: {@code env},
 * {@code env -json}, {@code env VAR...} and {@code inspect -m PATH...}, each exactly so (any option, help or
 * other shape goes through picocli), and the launcher's training run {@code __train [GROUP]}. Building the
 * model costs about 8 ms of a 60 ms run: picocli registers its converters by reflection and compiles regular
 * expressions on first use. Both ways call the same command code and the same error mapping, and QuickPathTest
 * checks they print the same.
 */
final class QuickPath {
  private QuickPath() {}

  /** The exit code of running {@code args} here, or empty when picocli must parse them. */
  static OptionalInt run(String[] args, PrintWriter out, PrintWriter err, CliContext context) {
    if (args.length == 0) {
      return OptionalInt.empty();
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      if (args[0].equals("env")) {
        if (rest.equals(List.of("-json"))) {
          return OptionalInt.of(EnvCommand.plain(context, true, List.of(), out, err));
        }
        if (rest.stream().allMatch(QuickPath::variableName)) {
          return OptionalInt.of(EnvCommand.plain(context, false, rest, out, err));
        }
      } else if (args[0].equals("__train") && args.length <= 2
          && (args.length == 1 || TrainCommand.GROUPS.contains(args[1]))) {
        // The launcher's training run: through picocli, every group's archive would hold picocli's classes.
        return OptionalInt.of(TrainCommand.train(context, args.length == 2 ? args[1] : null));
      } else if (args[0].equals("inspect") && rest.size() >= 2 && rest.get(0).equals("-m")
          && rest.stream().skip(1).allMatch(QuickPath::plainPath)) {
        return OptionalInt.of(InspectCommand.goVersionM(context, rest.subList(1, rest.size()), out, err));
      }
    } catch (RuntimeException e) {
      return OptionalInt.of(Gomedic.failed(e, err));
    }
    return OptionalInt.empty();
  }

  /** A name go env could print: capital letters, digits and underscores, starting with a letter. */
  private static boolean variableName(String s) {
    if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /** An argument picocli would take as a path: not empty, not an option, not picocli's @file expansion. */
  private static boolean plainPath(String s) {
    return !s.isEmpty() && !s.startsWith("-") && !s.startsWith("@");
  }
}
