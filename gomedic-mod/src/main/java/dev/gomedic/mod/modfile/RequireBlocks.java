package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoSpace;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rewrites a go.mod's requirements as a whole, keeping its block structure and comments. */
final class RequireBlocks {
  private RequireBlocks() {}

  static void setRequire(ModFile f, List<Require> req) {
    Map<String, Require> need = needed(req);
    List<Require> kept = new ArrayList<>();
    for (Require r : f.require) {
      Require want = need.remove(r.path());
      if (want == null) {
        r.syntax().markRemoved();
        continue;
      }
      Requires.setVersion(r.syntax(), want.version());
      Requires.setIndirect(r.syntax(), want.indirect());
      kept.add(new Require(r.path(), want.version(), want.indirect(), r.syntax()));
    }
    f.require.clear();
    f.require.addAll(kept);
    for (Require r : need.values()) {
      f.addNewRequire(r.path(), r.version(), r.indirect());
    }
    f.sortBlocks();
  }

  private static Map<String, Require> needed(List<Require> req) {
    Map<String, Require> need = new LinkedHashMap<>();
    for (Require r : req) {
      Require prev = need.get(r.path());
      if (prev != null && !prev.version().equals(r.version())) {
        throw new IllegalArgumentException("SetRequire called with conflicting versions for path " + r.path()
            + " (" + prev.version() + " and " + r.version() + ")");
      }
      need.put(r.path(), r);
    }
    return need;
  }

  /** Whether a line or block has comments other than one {@code // indirect}. */
  private static boolean hasComments(Comments c) {
    if (!c.peekBefore().isEmpty() || !c.peekAfter().isEmpty() || c.peekSuffix().size() > 1) {
      return true;
    }
    if (c.peekSuffix().size() == 1) {
      String t = c.peekSuffix().get(0).token();
      return !GoSpace.trimSpace(t.startsWith("//") ? t.substring(2) : t).equals("indirect");
    }
    return false;
  }

  static void setRequireSeparateIndirect(ModFile f, List<Require> req, boolean simplify) {
    Map<String, Require> need = new LinkedHashMap<>();
    for (Require r : req) {
      need.put(r.path(), r);
    }
    Map<Line, Boolean> lineIndirect = new IdentityHashMap<>();
    for (Require r : f.require) {
      Require n = need.get(r.path());
      if (n != null) {
        lineIndirect.put(r.syntax(), n.indirect());
      }
    }
    List<Comment> directBlockComments = new ArrayList<>();
    List<Comment> indirectBlockComments = new ArrayList<>();
    List<Expr> stmts = f.syntax().stmts;
    int lastDirect = -1;
    int lastIndirect = -1;
    int lastRequire = -1;
    int count = 0;
    Map<Line, LineBlock> lineToBlock = new IdentityHashMap<>();
    for (int i = 0; i < stmts.size(); i++) {
      Expr stmt = stmts.get(i);
      if (stmt instanceof Line l && !l.tokens.isEmpty() && l.tokens.get(0).equals("require")) {
        lastRequire = i;
        count++;
        if (!hasComments(l.comments())) {
          if (Requires.isIndirect(l)) {
            lastIndirect = i;
          } else {
            lastDirect = i;
          }
        }
      } else if (stmt instanceof LineBlock b && b.verb().equals("require")) {
        lastRequire = i;
        count++;
        boolean allDirect = !b.lines.isEmpty() && !hasComments(b.comments());
        boolean allIndirect = allDirect;
        for (Line l : b.lines) {
          lineToBlock.put(l, b);
          if (hasComments(l.comments())) {
            allDirect = false;
            allIndirect = false;
          } else if (Requires.isIndirect(l)) {
            allDirect = false;
          } else {
            allIndirect = false;
          }
        }
        if (allDirect) {
          lastDirect = i;
        }
        if (allIndirect) {
          lastIndirect = i;
        }
        if (simplify) {
          boolean anyDirect = b.lines.stream().anyMatch(l -> Boolean.FALSE.equals(lineIndirect.get(l)));
          List<Comment> target = !anyDirect && !b.lines.isEmpty() ? indirectBlockComments : directBlockComments;
          if (!target.isEmpty() && !b.comments().before().isEmpty()) {
            target.add(Comment.line("//"));
          }
          target.addAll(b.comments().before());
          b.comments().before().clear();
        }
      }
    }
    boolean oneFlatUncommentedBlock = count == 1 && !hasComments(stmts.get(lastRequire).comments());

    LineBlock directBlock;
    if (lastDirect < 0) {
      if (lastIndirect >= 0) {
        lastDirect = lastIndirect;
        lastIndirect++;
      } else if (lastRequire >= 0) {
        lastDirect = lastRequire + 1;
      } else {
        lastDirect = stmts.size();
      }
      directBlock = insertBlock(stmts, lastDirect);
    } else {
      directBlock = ensureBlock(stmts, lastDirect);
    }
    LineBlock indirectBlock;
    if (lastIndirect < 0) {
      lastIndirect = lastDirect + 1;
      indirectBlock = insertBlock(stmts, lastIndirect);
    } else {
      indirectBlock = ensureBlock(stmts, lastIndirect);
    }

    if (simplify) {
      directBlock.comments().before().addAll(directBlockComments);
      indirectBlock.comments().before().addAll(indirectBlockComments);
    }

    Map<String, Require> have = new LinkedHashMap<>();
    List<Require> kept = new ArrayList<>();
    for (Require r : f.require) {
      Require want = need.get(r.path());
      if (want == null || have.containsKey(r.path())) {
        r.syntax().markRemoved();
        continue;
      }
      Requires.setVersion(r.syntax(), want.version());
      Requires.setIndirect(r.syntax(), want.indirect());
      Require updated = new Require(r.path(), want.version(), want.indirect(), r.syntax());
      LineBlock block = lineToBlock.get(r.syntax());
      boolean mayMove = simplify || oneFlatUncommentedBlock;
      if (want.indirect() && (mayMove || block == directBlock)) {
        updated = move(updated, indirectBlock);
      } else if (!want.indirect() && (mayMove || block == indirectBlock)) {
        updated = move(updated, directBlock);
      }
      have.put(r.path(), updated);
      kept.add(updated);
    }
    for (Require r : need.values()) {
      if (!have.containsKey(r.path())) {
        kept.add(move(r, r.indirect() ? indirectBlock : directBlock));
      }
    }
    f.require.clear();
    f.require.addAll(kept);
    f.sortBlocks();
  }

  /** Puts {@code r} into {@code block}: a new line, or a copy of its line (the old one is removed). */
  private static Require move(Require r, LineBlock block) {
    Line line;
    if (r.syntax() == null) {
      line = Line.added(List.of(Tokens.autoQuote(r.path()), r.version()), true);
      if (r.indirect()) {
        Requires.setIndirect(line, true);
      }
    } else {
      line = r.syntax().copy();
      if (!line.inBlock && !line.tokens.isEmpty() && line.tokens.get(0).equals("require")) {
        line.tokens.remove(0);
      }
      r.syntax().tokens = new ArrayList<>();
    }
    line.inBlock = true;
    block.lines.add(line);
    return new Require(r.path(), r.version(), r.indirect(), line);
  }

  private static LineBlock insertBlock(List<Expr> stmts, int i) {
    LineBlock block = LineBlock.added("require");
    stmts.add(i, block);
    return block;
  }

  private static LineBlock ensureBlock(List<Expr> stmts, int i) {
    Expr stmt = stmts.get(i);
    if (stmt instanceof LineBlock b) {
      return b;
    }
    Line l = (Line) stmt;
    LineBlock block = LineBlock.added("require");
    l.tokens.remove(0);
    l.inBlock = true;
    block.lines.add(l);
    stmts.set(i, block);
    return block;
  }
}
