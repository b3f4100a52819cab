package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of tokens: a whole statement ({@code require example.com v1.0.0}) or, inside a block, the statement
 * without its verb ({@code example.com v1.0.0}). A line whose token list is empty has been removed by an edit
 * and disappears at the next {@link FileSyntax#cleanup()}.
 */
public final class Line implements Expr {
  private Comments comments = new Comments();
  private final Position start;
  private final Position end;
  List<String> tokens;
  boolean inBlock;

  Line(Position start, List<String> tokens, Position end, boolean inBlock) {
    this.start = start;
    this.tokens = new ArrayList<>(tokens);
    this.end = end;
    this.inBlock = inBlock;
  }

  /** A line made by an edit, with no position in the input. */
  static Line added(List<String> tokens, boolean inBlock) {
    return new Line(Position.START, tokens, Position.START, inBlock);
  }

  /** A copy sharing nothing mutable but the comment objects (which are values). */
  Line copy() {
    Line l = new Line(start, tokens, end, inBlock);
    l.comments.setBefore(comments.peekBefore());
    l.comments.setSuffix(comments.peekSuffix());
    l.comments.setAfter(comments.peekAfter());
    return l;
  }

  void setComments(Comments c) {
    comments = c;
  }

  /** The tokens, unquoted text as written (quoted tokens keep their quotes). Empty once removed. */
  public List<String> tokens() {
    return List.copyOf(tokens);
  }

  /** Whether the line sits inside a parenthesised block (and so has no verb token). */
  public boolean inBlock() {
    return inBlock;
  }

  boolean removed() {
    return tokens.isEmpty();
  }

  /** Marks the line, and its end-of-line comment, for removal at the next cleanup. */
  void markRemoved() {
    tokens = new ArrayList<>();
    comments.setSuffix(List.of());
  }

  @Override
  public Position start() {
    return start;
  }

  @Override
  public Position end() {
    return end;
  }

  @Override
  public Comments comments() {
    return comments;
  }
}
