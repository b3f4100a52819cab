package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.gotext.Utf8;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed go.work file: go, toolchain, godebug, use and replace directives over the syntax tree they came
 * from. Edits keep comments and layout; call {@link #cleanup()} and {@link #format()} after editing.
 */
public final class WorkFile {
  private static final Set<String> BLOCK_VERBS = Set.of("godebug", "use", "replace");

  private final FileSyntax syntax;
  private GoStmt go;
  private ToolchainStmt toolchain;
  private final List<Godebug> godebug = new ArrayList<>();
  private final List<Use> use = new ArrayList<>();
  private final List<Replace> replace = new ArrayList<>();

  private WorkFile(FileSyntax syntax) {
    this.syntax = syntax;
  }

  /** Parses a go.work file; every directive is checked. */
  public static WorkFile parse(String name, byte[] data, VersionFixer fix) throws ModFileException {
    WorkFile f = new WorkFile(SyntaxParser.parse(name, data));
    List<Problem> problems = new ArrayList<>();
    for (Expr x : f.syntax.stmts) {
      if (x instanceof Line l) {
        f.add(problems, l, l.tokens.get(0), l.tokens.subList(1, l.tokens.size()), fix);
      } else if (x instanceof LineBlock b) {
        if (b.tokens.size() > 1 || !BLOCK_VERBS.contains(b.verb())) {
          problems.add(Problem.at(name, b.start(), "unknown block type: " + String.join(" ", b.tokens)));
          continue;
        }
        for (Line l : b.lines) {
          f.add(problems, l, b.verb(), l.tokens, fix);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ModFileException(problems);
    }
    return f;
  }

  public static WorkFile parse(String name, byte[] data) throws ModFileException {
    return parse(name, data, null);
  }

  private void add(List<Problem> problems, Line line, String verb, List<String> args, VersionFixer fix) {
    try {
      switch (verb) {
        case "go" -> {
          if (go != null) {
            throw new RuleError("repeated go statement");
          }
          if (args.size() != 1) {
            throw new RuleError("go directive expects exactly one argument");
          }
          if (!Tokens.isGoVersion(args.get(0))) {
            throw new RuleError("invalid go version '" + args.get(0) + "': must match format 1.23.0");
          }
          go = new GoStmt(args.get(0), line);
        }
        case "toolchain" -> {
          if (toolchain != null) {
            throw new RuleError("repeated toolchain statement");
          }
          if (args.size() != 1) {
            throw new RuleError("toolchain directive expects exactly one argument");
          }
          if (!Tokens.isToolchain(args.get(0))) {
            throw new RuleError(
                "invalid toolchain version '" + args.get(0) + "': must match format go1.23.0 or default");
          }
          toolchain = new ToolchainStmt(args.get(0), line);
        }
        case "godebug" -> {
          String[] kv = Tokens.godebug(args);
          godebug.add(new Godebug(kv[0], kv[1], line));
        }
        case "use" -> {
          if (args.size() != 1) {
            throw new RuleError("usage: use local/dir");
          }
          use.add(new Use(Tokens.string(args, 0), line));
        }
        case "replace" -> replace.add(Tokens.replace(line, verb, args, fix));
        default -> throw new RuleError("unknown directive: " + verb);
      }
    } catch (RuleError e) {
      Position p = line.start();
      problems.add(new Problem(syntax.name(), p.line(), p.column(), e.directive(), e.getMessage()));
    }
  }

  public FileSyntax syntax() {
    return syntax;
  }

  public GoStmt go() {
    return go;
  }

  public ToolchainStmt toolchain() {
    return toolchain;
  }

  public List<Godebug> godebugs() {
    return List.copyOf(godebug);
  }

  public List<Use> uses() {
    return List.copyOf(use);
  }

  public List<Replace> replaces() {
    return List.copyOf(replace);
  }

  public String format() {
    return SyntaxPrinter.format(syntax);
  }

  /** {@link #format()} as bytes: UTF-8, with any invalid bytes of the input kept as they were. */
  public byte[] formatBytes() {
    return Utf8.encode(format());
  }

  public void cleanup() {
    syntax.cleanup();
  }

  /** Sets the go version; a new directive goes before the first statement that is not a comment block. */
  public void setGo(String version) {
    if (!Tokens.isGoVersion(version)) {
      throw new IllegalArgumentException("invalid language version " + GoQuote.quote(version));
    }
    if (go != null) {
      syntax.updateLine(go.syntax(), List.of("go", version));
      go = new GoStmt(version, go.syntax());
      return;
    }
    Line stmt = Line.added(List.of("go", version), false);
    syntax.stmts.add(firstNonComment(), stmt);
    go = new GoStmt(version, stmt);
  }

  /** Sets the toolchain; a new directive goes after the go line, or before the first non-comment statement. */
  public void setToolchain(String name) {
    if (!Tokens.isToolchain(name)) {
      throw new IllegalArgumentException("invalid toolchain name " + GoQuote.quote(name));
    }
    if (toolchain != null) {
      syntax.updateLine(toolchain.syntax(), List.of("toolchain", name));
      toolchain = new ToolchainStmt(name, toolchain.syntax());
      return;
    }
    int at = -1;
    for (int i = 0; i < syntax.stmts.size() && at < 0; i++) {
      if (syntax.stmts.get(i) instanceof Line l && !l.tokens.isEmpty() && l.tokens.get(0).equals("go")) {
        at = i + 1;
      }
    }
    Line stmt = Line.added(List.of("toolchain", name), false);
    syntax.stmts.add(at < 0 ? firstNonComment() : at, stmt);
    toolchain = new ToolchainStmt(name, stmt);
  }

  private int firstNonComment() {
    int i = 0;
    while (i < syntax.stmts.size() && syntax.stmts.get(i) instanceof CommentBlock) {
      i++;
    }
    return i;
  }

  public void dropGo() {
    if (go != null) {
      go.syntax().markRemoved();
      go = null;
    }
  }

  public void dropToolchain() {
    if (toolchain != null) {
      toolchain.syntax().markRemoved();
      toolchain = null;
    }
  }

  /** Sets godebug {@code key} to {@code value} on its first line, dropping other lines for the key. */
  public void addGodebug(String key, String value) {
    Edits.addGodebug(syntax, godebug, key, value);
  }

  public void dropGodebug(String key) {
    Edits.dropGodebug(godebug, key);
  }

  /** Adds a use line for {@code dir} unless one exists (other lines for it are dropped). */
  public void addUse(String dir) {
    boolean need = true;
    for (int i = 0; i < use.size(); i++) {
      Use u = use.get(i);
      if (u.path().equals(dir)) {
        if (need) {
          syntax.updateLine(u.syntax(), List.of("use", Tokens.autoQuote(dir)));
          need = false;
        } else {
          u.syntax().markRemoved();
          use.remove(i--);
        }
      }
    }
    if (need) {
      use.add(new Use(dir, syntax.addLine(null, List.of("use", Tokens.autoQuote(dir)))));
    }
  }

  public void dropUse(String dir) {
    use.removeIf(u -> u.path().equals(dir) && mark(u.syntax()));
  }

  public void addReplace(String oldPath, String oldVersion, String newPath, String newVersion) {
    Edits.addReplace(syntax, replace, oldPath, oldVersion, newPath, newVersion);
  }

  public void dropReplace(String oldPath, String oldVersion) {
    Edits.dropReplace(replace, oldPath, oldVersion);
  }

  /** Drops duplicate replacements (the last wins) and sorts every block's lines by their tokens. */
  public void sortBlocks() {
    Edits.removeDups(syntax, null, replace, null, null);
    for (Expr stmt : syntax.stmts) {
      if (stmt instanceof LineBlock b) {
        b.lines.sort(LineOrder::compareTokens);
      }
    }
  }

  private static boolean mark(Line l) {
    l.markRemoved();
    return true;
  }
}
