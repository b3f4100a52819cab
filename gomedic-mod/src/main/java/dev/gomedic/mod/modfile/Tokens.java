package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.gotext.GoSpace;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argument rules shared by go.mod and go.work directives: quoting, versions, intervals, replacements,
 * directory paths. Reading an argument also normalises its token in place (quotes only when needed, canonical
 * versions), as the go command does before it prints a file.
 */
final class Tokens {
  /** A Go language version as the go directive takes it: 1.21, 1.21.0, 1.21rc1. */
  static final Pattern GO_VERSION =
      Pattern.compile("([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?");

  /** What a dependency's go directive may hold, read leniently: v1.21, 1.21.beta1, 1.2.3. */
  static final Pattern LAX_GO_VERSION = Pattern.compile("v?(([1-9][0-9]*)\\.(0|[1-9][0-9]*))([^0-9].*)",
      Pattern.DOTALL);

  /** A toolchain name: default, go1, go1.21.0, go1.21.0-custom. */
  static final Pattern TOOLCHAIN = Pattern.compile("default|go1(\\..*)?", Pattern.DOTALL);

  private static final Pattern DEPRECATED =
      Pattern.compile("(?s)(?:\\A|\\n\\n)Deprecated: *(.*?)(?:\\z|\\n\\n)");

  private Tokens() {}

  static boolean isGoVersion(String v) {
    return GO_VERSION.matcher(v).matches();
  }

  static boolean isToolchain(String name) {
    return TOOLCHAIN.matcher(name).matches();
  }

  /** Whether {@code s} must be quoted to be one token of a go.mod line. */
  static boolean mustQuote(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case ' ', '"', '\'', '`' -> {
          return true;
        }
        case '(', ')', '[', ']', '{', '}', ',' -> {
          if (s.length() > 1) {
            return true;
          }
        }
        default -> {
          if (!GoQuote.isPrint(c)) {
            return true;
          }
        }
      }
    }
    return s.isEmpty() || s.contains("//") || s.contains("/*");
  }

  /** {@code s}, quoted when it must be. */
  static String autoQuote(String s) {
    return mustQuote(s) ? GoQuote.quote(s) : s;
  }

  /** Whether a replacement target is a directory: {@code ./x}, {@code ../x}, rooted or a Windows drive path. */
  static boolean isDirectoryPath(String ns) {
    return ns.equals(".") || ns.startsWith("./") || ns.startsWith(".\\") || ns.equals("..")
        || ns.startsWith("../") || ns.startsWith("..\\") || ns.startsWith("/") || ns.startsWith("\\")
        || (ns.length() >= 2 && isAsciiLetter(ns.charAt(0)) && ns.charAt(1) == ':');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Reads the string at {@code args[i]} and rewrites the token in canonical quoting. */
  static String string(List<String> args, int i) throws RuleError {
    String t = args.get(i);
    if (t.startsWith("\"")) {
      try {
        t = GoQuote.unquote(t);
      } catch (IllegalArgumentException e) {
        throw new RuleError("invalid quoted string: " + e.getMessage());
      }
    } else if (t.indexOf('"') >= 0 || t.indexOf('\'') >= 0 || t.indexOf('`') >= 0) {
      throw new RuleError("invalid quoted string: unquoted string cannot contain quote");
    }
    args.set(i, autoQuote(t));
    return t;
  }

  /** Reads the version at {@code args[i]}, canonicalised (or fixed by {@code fix}), and rewrites the token. */
  static String version(String verb, String path, List<String> args, int i, VersionFixer fix)
      throws RuleError {
    String directive = path.isEmpty() ? verb : verb + " " + path;
    String raw = args.get(i);
    String t;
    try {
      t = string(args, i);
    } catch (RuleError e) {
      args.set(i, raw);
      String why = e.getMessage().substring("invalid quoted string: ".length());
      throw new RuleError(directive, ModuleRules.invalidVersion(raw, why));
    }
    if (fix != null) {
      try {
        t = fix.fix(path, t);
      } catch (IllegalArgumentException e) {
        throw new RuleError(directive, e.getMessage());
      }
    } else {
      String cv = ModuleRules.canonicalVersion(t);
      if (cv.isEmpty()) {
        throw new RuleError(directive, ModuleRules.invalidVersion(t, "must be of the form v1.2.3"));
      }
      t = cv;
    }
    args.set(i, t);
    return t;
  }

  /** The major-version suffix of a module path ("/v2", ".v1"), or an error for a malformed one. */
  static String pathMajor(String path) throws RuleError {
    String[] split = ModuleRules.splitPathVersion(path);
    if (split == null) {
      throw new RuleError("invalid module path");
    }
    return split[1];
  }

  /**
   * Reads a version or {@code [low, high]} interval from the front of {@code args}; returns it and the number
   * of tokens it took in {@code used[0]}.
   */
  static VersionInterval interval(String verb, String path, List<String> args, VersionFixer fix, int[] used)
      throws RuleError {
    if (args.isEmpty() || args.get(0).equals("(")) {
      throw new RuleError("expected '[' or version");
    }
    if (!args.get(0).equals("[")) {
      String v = version(verb, path, args, 0, fix);
      used[0] = 1;
      return VersionInterval.of(v);
    }
    if (args.size() < 2) {
      throw new RuleError("expected version after '['");
    }
    String low = version(verb, path, args, 1, fix);
    if (args.size() < 3 || !args.get(2).equals(",")) {
      throw new RuleError("expected ',' after version");
    }
    if (args.size() < 4) {
      throw new RuleError("expected version after ','");
    }
    String high = version(verb, path, args, 3, fix);
    if (args.size() < 5 || !args.get(4).equals("]")) {
      throw new RuleError("expected ']' after version");
    }
    used[0] = 5;
    return new VersionInterval(low, high);
  }

  /** Reads {@code old [v] => new [v]}. */
  static Replace replace(Line line, String verb, List<String> args, VersionFixer fix) throws RuleError {
    int arrow = args.size() >= 2 && args.get(1).equals("=>") ? 1 : 2;
    if (args.size() < arrow + 2 || args.size() > arrow + 3 || !args.get(arrow).equals("=>")) {
      throw new RuleError("usage: " + verb + " module/path [v1.2.3] => other/module v1.4\n\t or " + verb
          + " module/path [v1.2.3] => ../local/directory");
    }
    String s = string(args, 0);
    String pathMajor;
    try {
      pathMajor = pathMajor(s);
    } catch (RuleError e) {
      throw new RuleError(verb + " " + s, e.getMessage());
    }
    String v = "";
    if (arrow == 2) {
      v = version(verb, s, args, 1, fix);
      String bad = ModuleRules.checkPathMajor(v, pathMajor);
      if (bad != null) {
        throw new RuleError(verb + " " + s, bad);
      }
    }
    String ns = string(args, arrow + 1);
    String nv = "";
    if (args.size() == arrow + 2) {
      if (!isDirectoryPath(ns)) {
        if (ns.contains("@")) {
          throw new RuleError("replacement module must match format 'path version', not 'path@version'");
        }
        throw new RuleError(
            "replacement module without version must be directory path (rooted or starting with . or ..)");
      }
      if (ns.contains("\\")) {
        throw new RuleError("replacement directory appears to be Windows path (on a non-windows system)");
      }
    }
    if (args.size() == arrow + 3) {
      nv = version(verb, ns, args, arrow + 2, fix);
      if (isDirectoryPath(ns)) {
        throw new RuleError("replacement module directory path " + GoQuote.quote(ns) + " cannot have version");
      }
    }
    return new Replace(s, v, ns, nv, line);
  }

  /** Checks {@code key=value} of a godebug line and splits it. */
  static String[] godebug(List<String> args) throws RuleError {
    if (args.size() != 1 || args.get(0).chars().anyMatch(c -> c == '"' || c == '`' || c == '\'' || c == ',')) {
      throw new RuleError("usage: godebug key=value");
    }
    String kv = args.get(0);
    int eq = kv.indexOf('=');
    if (eq < 0) {
      throw new RuleError("usage: godebug key=value");
    }
    return new String[] {kv.substring(0, eq), kv.substring(eq + 1)};
  }

  /** The text of a directive's comments (its own, or its block's when it has none), one line per comment. */
  static String directiveComment(LineBlock block, Line line) {
    Comments c = line.comments();
    if (block != null && c.peekBefore().isEmpty() && c.peekSuffix().isEmpty()) {
      c = block.comments();
    }
    List<String> lines = new java.util.ArrayList<>();
    for (List<Comment> group : List.of(c.peekBefore(), c.peekSuffix())) {
      for (Comment com : group) {
        if (com.token().startsWith("//")) {
          lines.add(GoSpace.trimSpace(com.token().substring(2)));
        }
      }
    }
    return String.join("\n", lines);
  }

  /** The first {@code Deprecated:} paragraph of a module directive's comments, or empty. */
  static String deprecation(LineBlock block, Line line) {
    Matcher m = DEPRECATED.matcher(directiveComment(block, line));
    return m.find() ? m.group(1) : "";
  }
}
