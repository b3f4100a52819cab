package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax tree of a whole go.mod or go.work file: its statements in order, with every comment attached to
 * the statement it belongs to. {@link SyntaxPrinter#format(FileSyntax)} prints it back.
 */
public final class FileSyntax {
  private final String name;
  private final Comments comments = new Comments();
  final List<Expr> stmts = new ArrayList<>();

  FileSyntax(String name) {
    this.name = name;
  }

  /** The file name used in positions and errors. */
  public String name() {
    return name;
  }

  /** Comments before the first statement (before()) and after the last one (after()). */
  public Comments comments() {
    return comments;
  }

  public List<Expr> statements() {
    return List.copyOf(stmts);
  }

  /**
   * Adds a line with the given tokens (the first is the verb) and returns it.
   *
   * <p>Without a hint, the line joins the last block or line with the same verb (a lone line becomes a
   * block), or else goes at the end of the file. With a hint of the same verb, it goes right after the hint
   * (turning a lone hint into a block); with a hint of another verb, it goes after the hint's statement.
   */
  Line addLine(Expr hint, List<String> tokens) {
    String verb = tokens.get(0);
    if (hint == null) {
      for (int i = stmts.size() - 1; i >= 0 && hint == null; i--) {
        Expr stmt = stmts.get(i);
        if (stmt instanceof Line l && !l.tokens.isEmpty() && l.tokens.get(0).equals(verb)) {
          hint = l;
        } else if (stmt instanceof LineBlock b && b.verb().equals(verb)) {
          hint = b;
        }
      }
    }
    if (hint != null) {
      for (int i = 0; i < stmts.size(); i++) {
        Expr stmt = stmts.get(i);
        if (stmt instanceof Line l && l == hint) {
          if (l.tokens.isEmpty() || !l.tokens.get(0).equals(verb)) {
            return insertAfter(i, tokens);
          }
          LineBlock block = new LineBlock(l.start(), List.of(l.tokens.get(0)), new Paren(Position.START),
              List.of(l), new Paren(Position.START));
          l.tokens = new ArrayList<>(l.tokens.subList(1, l.tokens.size()));
          l.inBlock = true;
          stmts.set(i, block);
          Line added = Line.added(tokens.subList(1, tokens.size()), true);
          block.lines.add(added);
          return added;
        }
        if (stmt instanceof LineBlock b) {
          if (b == hint) {
            if (!b.verb().equals(verb)) {
              return insertAfter(i, tokens);
            }
            Line added = Line.added(tokens.subList(1, tokens.size()), true);
            b.lines.add(added);
            return added;
          }
          int j = b.lines.indexOf(hint);
          if (j >= 0) {
            if (!b.verb().equals(verb)) {
              return insertAfter(i, tokens);
            }
            Line added = Line.added(tokens.subList(1, tokens.size()), true);
            b.lines.add(j + 1, added);
            return added;
          }
        }
      }
    }
    Line added = Line.added(tokens, false);
    stmts.add(added);
    return added;
  }

  /**
   * Adds a line after {@code hint} as {@link #addLine} does, but with no hint appends a new statement at the
   * end of the file. (The go command's exclude and replace edits behave this way: they pass a typed nil hint,
   * which skips the search for a block of the same verb.)
   */
  Line addLineAfter(Line hint, List<String> tokens) {
    if (hint == null) {
      Line added = Line.added(tokens, false);
      stmts.add(added);
      return added;
    }
    return addLine(hint, tokens);
  }

  private Line insertAfter(int i, List<String> tokens) {
    Line added = Line.added(tokens, false);
    stmts.add(i + 1, added);
    return added;
  }

  /** Replaces a line's tokens; {@code tokens} starts with the verb, which a line in a block drops. */
  void updateLine(Line line, List<String> tokens) {
    line.tokens = new ArrayList<>(line.inBlock ? tokens.subList(1, tokens.size()) : tokens);
  }

  /**
   * Removes the lines edits marked as removed, drops blocks left empty and turns blocks left with one line
   * into a plain line (moving the block's comments onto it).
   */
  public void cleanup() {
    List<Expr> kept = new ArrayList<>(stmts.size());
    for (Expr stmt : stmts) {
      if (stmt instanceof Line l && l.removed()) {
        continue;
      }
      if (stmt instanceof LineBlock b) {
        b.lines.removeIf(Line::removed);
        if (b.lines.isEmpty()) {
          continue;
        }
        if (b.lines.size() == 1) {
          kept.add(collapse(b));
          continue;
        }
      }
      kept.add(stmt);
    }
    stmts.clear();
    stmts.addAll(kept);
  }

  private static Line collapse(LineBlock b) {
    Line only = b.lines.get(0);
    Comments merged = new Comments();
    merged.setBefore(Comments.concat(b.comments().peekBefore(), only.comments().peekBefore()));
    merged.setSuffix(Comments.concat(only.comments().peekSuffix(), b.comments().peekSuffix()));
    merged.setAfter(Comments.concat(only.comments().peekAfter(), b.comments().peekAfter()));
    List<String> tokens = new ArrayList<>(b.tokens);
    tokens.addAll(only.tokens);
    only.tokens = tokens;
    only.inBlock = false;
    only.setComments(merged);
    return only;
  }
}
