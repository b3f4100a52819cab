package dev.gomedic.cli.mod;

import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModText;
import dev.gomedic.mod.modfile.VersionInterval;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code gomedic mod edit}'s command line with the rules of Go's flag package ({@code -flag},
 * {@code --flag}, {@code -flag=value}, {@code -flag value}, {@code --} ends the flags, the first non-flag
 * argument ends them too) and checks each edit flag's argument as the go command does, with its messages.
 */
final class EditFlags {
  private static final Set<String> BOOLS = Set.of("json", "print", "fmt", "n", "x");
  private static final Set<String> STRINGS = Set.of("module", "go", "toolchain");
  private static final Set<String> EDITS = Set.of("godebug", "dropgodebug", "require", "droprequire", "exclude",
      "dropexclude", "replace", "dropreplace", "retract", "dropretract", "tool", "droptool", "ignore",
      "dropignore", "use", "dropuse");

  private EditFlags() {}

  static EditPlan parse(List<String> argv) {
    EditPlan plan = new EditPlan();
    int i = 0;
    while (i < argv.size()) {
      String arg = argv.get(i);
      if (arg.length() < 2 || arg.charAt(0) != '-') {
        break;
      }
      int minuses = arg.charAt(1) == '-' ? 2 : 1;
      if (minuses == 2 && arg.length() == 2) {
        i++;
        break;
      }
      String name = arg.substring(minuses);
      if (name.isEmpty() || name.charAt(0) == '-' || name.charAt(0) == '=') {
        throw usage("bad flag syntax: " + arg);
      }
      i++;
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (name.equals("h") || name.equals("help")) {
        plan.help = true;
        return plan;
      }
      if (BOOLS.contains(name)) {
        boolean b = value == null || parseBool(name, value);
        switch (name) {
          case "json" -> plan.json = b;
          case "print" -> plan.print = b;
          case "fmt" -> plan.fmt = b;
          default -> { } // -n and -x only affect what the go command logs
        }
        continue;
      }
      if (!STRINGS.contains(name) && !EDITS.contains(name)) {
        throw usage("flag provided but not defined: -" + name);
      }
      if (value == null) {
        if (i >= argv.size()) {
          throw usage("flag needs an argument: -" + name);
        }
        value = argv.get(i++);
      }
      switch (name) {
        case "module" -> plan.module = value;
        case "go" -> plan.go = value;
        case "toolchain" -> plan.toolchain = value;
        default -> plan.edits.add(edit(name, value));

      }
    }
    plan.args.addAll(argv.subList(i, argv.size()));
    return plan;
  }

  private static boolean parseBool(String name, String v) {
    return switch (v) {
      case "1", "t", "T", "TRUE", "true", "True" -> true;
      case "0", "f", "F", "FALSE", "false", "False" -> false;
      default -> throw usage("invalid boolean value \"" + v + "\" for -" + name + ": parse error");
    };
  }

  static UserError usage(String message) {
    return new UserError(ExitCode.USAGE, message);
  }

  static UserError failed(String message) {
    return new UserError(ExitCode.FAILED, message);
  }

  private static EditPlan.Edit edit(String flag, String arg) {
    String prefix = "-" + flag + "=" + arg + ": ";
    switch (flag) {
      case "godebug" -> {
        int eq = arg.indexOf('=');
        if (eq < 0 || arg.chars().anyMatch(c -> c == '"' || c == '`' || c == '\'' || c == ',')) {
          throw failed(prefix + "need key=value");
        }
        String key = arg.substring(0, eq);
        String value = arg.substring(eq + 1);
        return new EditPlan.Edit(flag, f -> f.addGodebug(key, value), f -> f.addGodebug(key, value));
      }
      case "dropgodebug" -> {
        return new EditPlan.Edit(flag, f -> f.dropGodebug(arg), f -> f.dropGodebug(arg));
      }
      case "require", "exclude", "dropexclude" -> {
        String[] pv = FlagArgs.pathVersion(prefix, arg);
        Consumer<ModFile> e = switch (flag) {
          case "require" -> f -> f.addRequire(pv[0], pv[1]);
          case "exclude" -> f -> guarded(prefix, () -> f.addExclude(pv[0], pv[1]));
          default -> f -> f.dropExclude(pv[0], pv[1]);
        };
        return new EditPlan.Edit(flag, e, null);
      }
      case "droprequire", "tool", "droptool" -> {
        String path = FlagArgs.path(prefix, arg);
        Consumer<ModFile> e = switch (flag) {
          case "droprequire" -> f -> f.dropRequire(path);
          case "tool" -> f -> f.addTool(path);
          default -> f -> f.dropTool(path);
        };
        return new EditPlan.Edit(flag, e, null);
      }
      case "ignore" -> {
        return new EditPlan.Edit(flag, f -> f.addIgnore(arg), null);
      }
      case "dropignore" -> {
        return new EditPlan.Edit(flag, f -> f.dropIgnore(arg), null);
      }
      case "use" -> {
        String dir = FlagArgs.directory(arg);
        return new EditPlan.Edit(flag, null, f -> f.addUse(dir));
      }
      case "dropuse" -> {
        String dir = FlagArgs.directory(arg);
        return new EditPlan.Edit(flag, null, f -> f.dropUse(dir));
      }
      case "replace" -> {
        String[] r = FlagArgs.replace(prefix, arg);
        return new EditPlan.Edit(flag, f -> f.addReplace(r[0], r[1], r[2], r[3]),
            f -> f.addReplace(r[0], r[1], r[2], r[3]));
      }
      case "dropreplace" -> {
        String[] pv = FlagArgs.optionalVersion(prefix, "old", arg, true);
        return new EditPlan.Edit(flag, f -> f.dropReplace(pv[0], pv[1]), f -> f.dropReplace(pv[0], pv[1]));
      }
      case "retract" -> {
        VersionInterval vi = FlagArgs.interval(prefix, arg);
        return new EditPlan.Edit(flag, f -> guarded(prefix, () -> f.addRetract(vi, "")), null);
      }
      case "dropretract" -> {
        VersionInterval vi = FlagArgs.interval(prefix, arg);
        return new EditPlan.Edit(flag, f -> f.dropRetract(vi), null);
      }
      default -> throw new IllegalStateException("unhandled flag -" + flag);
    }
  }

  private static void guarded(String prefix, Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      throw failed(prefix + e.getMessage());
    }
  }

  /** Whether a flag value may be written into go.mod as one token without quotes. */
  static boolean allowedVersionArg(String v) {
    return !ModText.mustQuote(v);
  }
}
