package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Edits shared by go.mod and go.work files: replacements, de-duplication and version checks. */
final class Edits {
  private Edits() {}

  /**
   * Null when {@code version} is canonical and suits the major version of {@code path}; otherwise Go's error
   * text, suggesting the form the path needs.
   */
  static String checkCanonicalVersion(String path, String version) {
    String[] split = ModuleRules.splitPathVersion(path);
    String pathMajor = split == null ? "" : split[1];
    if (version.isEmpty() || !version.equals(ModuleRules.canonicalVersion(version))) {
      String form = pathMajor.isEmpty() ? "v1.2.3" : ModuleRules.pathMajorPrefix(pathMajor) + ".2.3";
      return ModuleRules.invalidVersion(version, "must be of the form " + form);
    }
    if (split != null) {
      String bad = ModuleRules.checkPathMajor(version, pathMajor);
      if (bad != null) {
        if (pathMajor.isEmpty()) {
          return ModuleRules.invalidVersion(version, "should be " + version + "+incompatible (or module "
              + path + "/" + ModuleRules.major(version) + ")");
        }
        return bad;
      }
    }
    return null;
  }

  static void addReplace(FileSyntax syntax, List<Replace> replace, String oldPath, String oldVersion,
      String newPath, String newVersion) {
    List<String> tokens = new ArrayList<>(List.of("replace", Tokens.autoQuote(oldPath)));
    if (!oldVersion.isEmpty()) {
      tokens.add(oldVersion);
    }
    tokens.add("=>");
    tokens.add(Tokens.autoQuote(newPath));
    if (!newVersion.isEmpty()) {
      tokens.add(newVersion);
    }
    boolean need = true;
    Line hint = null;
    for (int i = 0; i < replace.size(); i++) {
      Replace r = replace.get(i);
      if (r.oldPath().equals(oldPath) && (oldVersion.isEmpty() || r.oldVersion().equals(oldVersion))) {
        if (need) {
          syntax.updateLine(r.syntax(), tokens);
          replace.set(i, new Replace(r.oldPath(), r.oldVersion(), newPath, newVersion, r.syntax()));
          need = false;
          continue;
        }
        r.syntax().markRemoved();
        replace.remove(i--);
        continue;
      }
      if (r.oldPath().equals(oldPath)) {
        hint = r.syntax();
      }
    }
    if (need) {
      replace.add(new Replace(oldPath, oldVersion, newPath, newVersion, syntax.addLineAfter(hint, tokens)));
    }
  }

  /** Sets godebug {@code key} to {@code value} on its first line and drops other lines for the key (go.mod, go.work). */
  static void addGodebug(FileSyntax syntax, List<Godebug> godebug, String key, String value) {
    boolean need = true;
    for (int i = 0; i < godebug.size(); i++) {
      Godebug g = godebug.get(i);
      if (!g.key().equals(key)) {
        continue;
      }
      if (need) {
        syntax.updateLine(g.syntax(), List.of("godebug", key + "=" + value));
        godebug.set(i, new Godebug(key, value, g.syntax()));
        need = false;
      } else {
        g.syntax().markRemoved();
        godebug.remove(i--);
      }
    }
    if (need) {
      godebug.add(new Godebug(key, value, syntax.addLine(null, List.of("godebug", key + "=" + value))));
    }
  }

  /** Drops every godebug line for {@code key}. */
  static void dropGodebug(List<Godebug> godebug, String key) {
    godebug.removeIf(g -> {
      if (g.key().equals(key)) {
        g.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  static void dropReplace(List<Replace> replace, String oldPath, String oldVersion) {
    replace.removeIf(r -> {
      if (r.oldPath().equals(oldPath) && r.oldVersion().equals(oldVersion)) {
        r.syntax().markRemoved();
        return true;
      }
      return false;
    });
  }

  /**
   * Drops duplicate lines: for exclude, tool and ignore the first wins; for replace (same old path and
   * version) the last wins. Requirements and retractions are left alone.
   */
  static void removeDups(FileSyntax syntax, List<Exclude> exclude, List<Replace> replace, List<Tool> tool,
      List<Ignore> ignore) {
    Set<Line> kill = Collections.newSetFromMap(new IdentityHashMap<>());
    if (exclude != null) {
      Set<List<String>> have = new HashSet<>();
      exclude.removeIf(x -> !have.add(List.of(x.path(), x.version())) && kill.add(x.syntax()));
    }
    Set<List<String>> haveReplace = new HashSet<>();
    for (int i = replace.size() - 1; i >= 0; i--) {
      Replace r = replace.get(i);
      if (!haveReplace.add(List.of(r.oldPath(), r.oldVersion()))) {
        kill.add(r.syntax());
        replace.remove(i);
      }
    }
    if (tool != null) {
      Set<String> have = new HashSet<>();
      tool.removeIf(t -> !have.add(t.path()) && kill.add(t.syntax()));
    }
    if (ignore != null) {
      Set<String> have = new HashSet<>();
      ignore.removeIf(t -> !have.add(t.path()) && kill.add(t.syntax()));
    }
    if (kill.isEmpty()) {
      return;
    }
    List<Expr> kept = new ArrayList<>();
    for (Expr stmt : syntax.stmts) {
      if (stmt instanceof Line l && kill.contains(l)) {
        continue;
      }
      if (stmt instanceof LineBlock b) {
        b.lines.removeIf(kill::contains);
        if (b.lines.isEmpty()) {
          continue;
        }
      }
      kept.add(stmt);
    }
    syntax.stmts.clear();
    syntax.stmts.addAll(kept);
  }

  /** Keeps a map from line to value keyed by identity. */
  static <V> Map<Line, V> lineMap() {
    return new IdentityHashMap<>();
  }
}
