package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.gotext.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed go.mod file: its directives, and the syntax tree they came from so that edits keep the file's
 * comments and layout. Read one with {@link #parse} (the main module: every directive checked) or
 * {@link #parseLax} (a dependency, possibly written by a newer Go: unknown directives ignored); edit it with
 * the {@code add}/{@code set}/{@code drop} methods; then call {@link #cleanup()} and {@link #format()}.
 */
public final class ModFile {
  private final FileSyntax syntax;
  ModuleStmt module;
  GoStmt go;
  ToolchainStmt toolchain;
  final List<Godebug> godebug = new ArrayList<>();
  final List<Require> require = new ArrayList<>();
  final List<Exclude> exclude = new ArrayList<>();
  final List<Replace> replace = new ArrayList<>();
  final List<Retract> retract = new ArrayList<>();
  final List<Tool> tool = new ArrayList<>();
  final List<Ignore> ignore = new ArrayList<>();

  ModFile(FileSyntax syntax) {
    this.syntax = syntax;
  }

  /** An empty go.mod, to be filled by edits. */
  public static ModFile empty(String name) {
    return new ModFile(new FileSyntax(name));
  }

  /** Parses a main module's go.mod: versions must be canonical (or shorthand such as v1.2), every directive known. */
  public static ModFile parse(String name, byte[] data) throws ModFileException {
    return parse(name, data, null);
  }

  /** Parses a main module's go.mod, turning versions into canonical ones with {@code fix} when non-null. */
  public static ModFile parse(String name, byte[] data, VersionFixer fix) throws ModFileException {
    return ModFileReader.read(SyntaxParser.parse(name, data), fix, true);
  }

  /**
   * Parses a dependency's go.mod: only module, go, require, retract and ignore are read; everything else,
   * including directives newer than this code, is ignored.
   */
  public static ModFile parseLax(String name, byte[] data, VersionFixer fix) throws ModFileException {
    return ModFileReader.read(SyntaxParser.parse(name, data), fix, false);
  }

  /** Parses only the syntax, without interpreting directives (what the formatter needs for any file). */
  public static FileSyntax parseSyntax(String name, byte[] data) throws ModFileException {
    return SyntaxParser.parse(name, data);
  }

  /**
   * The module path of go.mod text, or empty when there is none; ignores every other problem in the file (the
   * go command uses this for files it need not parse fully).
   */
  public static String modulePath(byte[] data) {
    return ModulePathScan.find(new String(data, StandardCharsets.UTF_8));
  }

  public FileSyntax syntax() {
    return syntax;
  }

  /** The module directive, or null. */
  public ModuleStmt module() {
    return module;
  }

  /** The go directive, or null. */
  public GoStmt go() {
    return go;
  }

  /** The toolchain directive, or null. */
  public ToolchainStmt toolchain() {
    return toolchain;
  }

  public List<Godebug> godebugs() {
    return List.copyOf(godebug);
  }

  public List<Require> requires() {
    return List.copyOf(require);
  }

  public List<Exclude> excludes() {
    return List.copyOf(exclude);
  }

  public List<Replace> replaces() {
    return List.copyOf(replace);
  }

  public List<Retract> retracts() {
    return List.copyOf(retract);
  }

  public List<Tool> tools() {
    return List.copyOf(tool);
  }

  public List<Ignore> ignores() {
    return List.copyOf(ignore);
  }

  /** The file in the go command's standard layout. */
  public String format() {
    return SyntaxPrinter.format(syntax);
  }

  /** {@link #format()} as bytes: UTF-8, with any invalid bytes of the input kept as they were. */
  public byte[] formatBytes() {
    return Utf8.encode(format());
  }

  /** Removes what edits dropped from the syntax tree; call once after a series of edits. */
  public void cleanup() {
    syntax.cleanup();
  }

  /** Sets the module path, adding a module directive if there is none. */
  public void setModule(String path) {
    if (module == null) {
      module = new ModuleStmt(path, "", syntax.addLine(null, List.of("module", Tokens.autoQuote(path))));
    } else {
      syntax.updateLine(module.syntax(), List.of("module", Tokens.autoQuote(path)));
      module = new ModuleStmt(path, module.deprecated(), module.syntax());
    }
  }

  /** Appends a comment block (text including {@code //}) at the end of the file. */
  public void addComment(String text) {
    CommentBlock cb = new CommentBlock(Position.START);
    cb.comments().before().add(Comment.line(text));
    syntax.stmts.add(cb);
  }

  /** Sets the go version, adding the directive after the module line if there is none. */
  public void setGo(String version) {
    if (!Tokens.isGoVersion(version)) {
      throw new IllegalArgumentException("invalid language version " + GoQuote.quote(version));
    }
    if (go == null) {
      Expr hint = module == null ? null : module.syntax();
      go = new GoStmt(version, syntax.addLine(hint, List.of("go", version)));
    } else {
      syntax.updateLine(go.syntax(), List.of("go", version));
      go = new GoStmt(version, go.syntax());
    }
  }

  public void dropGo() {
    if (go != null) {
      go.syntax().markRemoved();
      go = null;
    }
  }

  /** Sets the toolchain, adding the directive after the go (or module) line if there is none. */
  public void setToolchain(String name) {
    if (!Tokens.isToolchain(name)) {
      throw new IllegalArgumentException("invalid toolchain name " + GoQuote.quote(name));
    }
    if (toolchain == null) {
      Expr hint = go != null ? go.syntax() : module != null ? module.syntax() : null;
      toolchain = new ToolchainStmt(name, syntax.addLine(hint, List.of("toolchain", name)));
    } else {
      syntax.updateLine(toolchain.syntax(), List.of("toolchain", name));
      toolchain = new ToolchainStmt(name, toolchain.syntax());
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

  /**
   * Sets the requirement on {@code path} to {@code version} on its first line (keeping its comments) and drops
   * other lines for the path; without one, adds a line to the last require block.
   */
  public void addRequire(String path, String version) {
    boolean need = true;
    for (int i = 0; i < require.size(); i++) {
      Require r = require.get(i);
      if (!r.path().equals(path)) {
        continue;
      }
      if (need) {
        syntax.updateLine(r.syntax(), List.of("require", Tokens.autoQuote(path), version));
        require.set(i, new Require(path, version, r.indirect(), r.syntax()));
        need = false;
      } else {
        r.syntax().markRemoved();
        require.remove(i--);
      }
    }
    if (need) {
      addNewRequire(path, version, false);
    }
  }

  /** Adds a require line at the end of the last require block, whatever lines exist for the path. */
  public void addNewRequire(String path, String version, boolean indirect) {
    Line line = syntax.addLine(null, List.of("require", Tokens.autoQuote(path), version));
    Requires.setIndirect(line, indirect);
    require.add(new Require(path, version, indirect, line));
  }

  /**
   * Makes the requirements exactly {@code req} (at most one version per path): keeps the first line of each
   * path (updating version and indirect marking), drops the rest, adds new paths to the last block, sorts.
   */
  public void setRequire(List<Require> req) {
    RequireBlocks.setRequire(this, req);
  }

  /**
   * Like {@link #setRequire} but keeps direct and indirect requirements in two separate blocks, moving lines
   * between the last uncommented direct and indirect blocks when their marking changes.
   */
  public void setRequireSeparateIndirect(List<Require> req) {
    RequireBlocks.setRequireSeparateIndirect(this, req, false);
  }

  /**
   * Like {@link #setRequireSeparateIndirect} but gathers all requirements into at most two blocks, one direct
   * and one indirect, whatever blocks and comments the file had (block comments move with them).
   */
  public void setRequireAtMostTwo(List<Require> req) {
    RequireBlocks.setRequireSeparateIndirect(this, req, true);
  }

  public void dropRequire(String path) {
    require.removeIf(r -> {
      if (r.path().equals(path)) {
        r.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  /** Adds an exclusion (a no-op when present); the version must be canonical and match the path's major. */
  public void addExclude(String path, String version) {
    String bad = Edits.checkCanonicalVersion(path, version);
    if (bad != null) {
      throw new IllegalArgumentException(bad);
    }
    Line hint = null;
    for (Exclude x : exclude) {
      if (x.path().equals(path) && x.version().equals(version)) {
        return;
      }
      if (x.path().equals(path)) {
        hint = x.syntax();
      }
    }
    exclude.add(new Exclude(path, version,
        syntax.addLineAfter(hint, List.of("exclude", Tokens.autoQuote(path), version))));
  }

  public void dropExclude(String path, String version) {
    exclude.removeIf(x -> {
      if (x.path().equals(path) && x.version().equals(version)) {
        x.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  /**
   * Replaces {@code oldPath} (at {@code oldVersion}, or every version when empty) by {@code newPath} at
   * {@code newVersion} (empty for a directory), updating the first matching replacement and dropping others.
   */
  public void addReplace(String oldPath, String oldVersion, String newPath, String newVersion) {
    Edits.addReplace(syntax, replace, oldPath, oldVersion, newPath, newVersion);
  }

  public void dropReplace(String oldPath, String oldVersion) {
    Edits.dropReplace(replace, oldPath, oldVersion);
  }

  /**
   * Adds a retract line, with {@code rationale} as comments before it. Like the go command, the new line is
   * not added to {@link #retracts()} until the file is parsed again.
   */
  public void addRetract(VersionInterval vi, String rationale) {
    String path = module == null ? "" : module.path();
    String bad = Edits.checkCanonicalVersion(path, vi.high());
    if (bad == null) {
      bad = Edits.checkCanonicalVersion(path, vi.low());
    }
    if (bad != null) {
      throw new IllegalArgumentException(bad);
    }
    Line line = vi.low().equals(vi.high())
        ? syntax.addLine(null, List.of("retract", Tokens.autoQuote(vi.low())))
        : syntax.addLine(null,
            List.of("retract", "[", Tokens.autoQuote(vi.low()), ",", Tokens.autoQuote(vi.high()), "]"));
    if (!rationale.isEmpty()) {
      for (String l : rationale.split("\n", -1)) {
        line.comments().before().add(Comment.line("// " + l));
      }
    }
  }

  public void dropRetract(VersionInterval vi) {
    retract.removeIf(r -> {
      if (r.interval().equals(vi)) {
        r.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  /** Adds a tool directive (a no-op when present). */
  public void addTool(String path) {
    if (tool.stream().noneMatch(t -> t.path().equals(path))) {
      tool.add(new Tool(path, syntax.addLine(null, List.of("tool", path))));
      sortBlocks();
    }
  }

  public void dropTool(String path) {
    tool.removeIf(t -> {
      if (t.path().equals(path)) {
        t.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  /** Adds an ignore directive (a no-op when present). */
  public void addIgnore(String path) {
    if (ignore.stream().noneMatch(t -> t.path().equals(path))) {
      ignore.add(new Ignore(path, syntax.addLine(null, List.of("ignore", path))));
      sortBlocks();
    }
  }

  public void dropIgnore(String path) {
    ignore.removeIf(t -> {
      if (t.path().equals(path)) {
        t.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  /**
   * Removes duplicate exclude, replace, tool and ignore lines (the first exclude/tool/ignore and the last
   * replace win), then sorts the lines of every block: retractions newest first, exclusions by version from
   * go 1.21 on, everything else by its tokens.
   */
  public void sortBlocks() {
    Edits.removeDups(syntax, exclude, replace, tool, ignore);
    boolean semanticExclude = go != null && ModuleRules.compare("v" + go.version(), "v1.21") >= 0;
    for (Expr stmt : syntax.stmts) {
      if (stmt instanceof LineBlock b) {
        b.lines.sort(LineOrder.forBlock(b.verb(), semanticExclude));
      }
    }
  }
}
