package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Interprets the statements of a go.mod syntax tree as directives, strictly or leniently. */
final class ModFileReader {
  private static final Set<String> BLOCK_VERBS =
      Set.of("module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore");
  private static final Set<String> LAX_VERBS = Set.of("go", "module", "retract", "require", "ignore");

  private final ModFile f;
  private final VersionFixer fix;
  private final boolean strict;
  private final List<Problem> problems = new ArrayList<>();

  private ModFileReader(ModFile f, VersionFixer fix, boolean strict) {
    this.f = f;
    this.fix = fix;
    this.strict = strict;
  }

  static ModFile read(FileSyntax syntax, VersionFixer fix, boolean strict) throws ModFileException {
    ModFile f = new ModFile(syntax);
    ModFileReader r = new ModFileReader(f, fix, strict);
    for (Expr x : syntax.stmts) {
      if (x instanceof Line l) {
        r.add(null, l, l.tokens.get(0), l.tokens.subList(1, l.tokens.size()));
      } else if (x instanceof LineBlock b) {
        if (b.tokens.size() > 1 || !BLOCK_VERBS.contains(b.verb())) {
          if (strict) {
            r.problems.add(Problem.at(syntax.name(), b.start(),
                "unknown block type: " + String.join(" ", b.tokens)));
          }
          continue;
        }
        for (Line l : b.lines) {
          r.add(b, l, b.verb(), l.tokens);
        }
      }
    }
    r.fixRetracts();
    if (!r.problems.isEmpty()) {
      throw new ModFileException(r.problems);
    }
    return f;
  }

  private void add(LineBlock block, Line line, String verb, List<String> args) {
    if (!strict && !LAX_VERBS.contains(verb)) {
      return;
    }
    try {
      directive(block, line, verb, args);
    } catch (RuleError e) {
      Position p = line.start();
      problems.add(new Problem(f.syntax().name(), p.line(), p.column(), e.directive(), e.getMessage()));
    }
  }

  private void directive(LineBlock block, Line line, String verb, List<String> args) throws RuleError {
    switch (verb) {
      case "go" -> {
        if (f.go != null) {
          throw new RuleError("repeated go statement");
        }
        if (args.size() != 1) {
          throw new RuleError("go directive expects exactly one argument");
        }
        if (!Tokens.isGoVersion(args.get(0))) {
          var m = Tokens.LAX_GO_VERSION.matcher(args.get(0));
          if (strict || !m.matches()) {
            throw new RuleError("invalid go version '" + args.get(0) + "': must match format 1.23.0");
          }
          args.set(0, m.group(1));
        }
        f.go = new GoStmt(args.get(0), line);
      }
      case "toolchain" -> {
        if (f.toolchain != null) {
          throw new RuleError("repeated toolchain statement");
        }
        if (args.size() != 1) {
          throw new RuleError("toolchain directive expects exactly one argument");
        }
        if (!Tokens.isToolchain(args.get(0))) {
          throw new RuleError(
              "invalid toolchain version '" + args.get(0) + "': must match format go1.23.0 or default");
        }
        f.toolchain = new ToolchainStmt(args.get(0), line);
      }
      case "module" -> {
        if (f.module != null) {
          throw new RuleError("repeated module statement");
        }
        String deprecated = Tokens.deprecation(block, line);
        f.module = new ModuleStmt("", deprecated, line);
        if (args.size() != 1) {
          throw new RuleError("usage: module module/path");
        }
        f.module = new ModuleStmt(Tokens.string(args, 0), deprecated, line);
      }
      case "godebug" -> {
        String[] kv = Tokens.godebug(args);
        f.godebug.add(new Godebug(kv[0], kv[1], line));
      }
      case "require", "exclude" -> requireOrExclude(line, verb, args);
      case "replace" -> f.replace.add(Tokens.replace(line, verb, args, fix));
      case "retract" -> retract(block, line, args);
      case "tool" -> f.tool.add(new Tool(onePath(args, "tool"), line));
      case "ignore" -> f.ignore.add(new Ignore(onePath(args, "ignore"), line));
      default -> throw new RuleError("unknown directive: " + verb);
    }
  }

  private void requireOrExclude(Line line, String verb, List<String> args) throws RuleError {
    if (args.size() != 2) {
      throw new RuleError("usage: " + verb + " module/path v1.2.3");
    }
    String s = Tokens.string(args, 0);
    String v = Tokens.version(verb, s, args, 1, fix);
    String pathMajor = Tokens.pathMajor(s);
    String bad = ModuleRules.checkPathMajor(v, pathMajor);
    if (bad != null) {
      throw new RuleError(verb + " " + s, bad);
    }
    if (verb.equals("require")) {
      f.require.add(new Require(s, v, Requires.isIndirect(line), line));
    } else {
      f.exclude.add(new Exclude(s, v, line));
    }
  }

  private void retract(LineBlock block, Line line, List<String> args) throws RuleError {
    String rationale = Tokens.directiveComment(block, line);
    int[] used = new int[1];
    VersionInterval vi;
    try {
      vi = Tokens.interval("retract", "", args, (p, v) -> v, used);
    } catch (RuleError e) {
      if (strict) {
        throw e;
      }
      return;
    }
    if (args.size() > used[0] && strict) {
      throw new RuleError("unexpected token after version: " + GoQuote.quote(args.get(used[0])));
    }
    f.retract.add(new Retract(vi, rationale, line));
  }

  private static String onePath(List<String> args, String verb) throws RuleError {
    if (args.size() != 1) {
      throw new RuleError(verb + " directive expects exactly one argument");
    }
    return Tokens.string(args, 0);
  }

  /** With a fixer, retracted versions are fixed once the module path is known (it may come last). */
  private void fixRetracts() {
    if (fix == null) {
      return;
    }
    String path = f.module == null ? "" : f.module.path();
    for (int i = 0; i < f.retract.size(); i++) {
      Retract r = f.retract.get(i);
      Position p = r.syntax().start();
      if (path.isEmpty()) {
        problems.add(Problem.at(f.syntax().name(), p, "no module directive found, so retract cannot be used"));
        return;
      }
      List<String> args = r.syntax().tokens;
      if (args.get(0).equals("retract")) {
        args = args.subList(1, args.size());
      }
      try {
        VersionInterval vi = Tokens.interval("retract", path, args, fix, new int[1]);
        f.retract.set(i, new Retract(vi, r.rationale(), r.syntax()));
      } catch (RuleError e) {
        problems.add(new Problem(f.syntax().name(), p.line(), p.column(), e.directive(), e.getMessage()));
      }
    }
  }
}
