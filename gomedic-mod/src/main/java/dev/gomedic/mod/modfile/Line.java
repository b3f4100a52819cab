package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of tokens: a whole statement ({@code require example.com v1.0.0}) or, inside a block, the statement
 * without its verb ({@code example.com v1.0.0}). A line whose token list is empty has been removed by an edit
 * and disappears at the next {@link FileSyntax#cleanup()}.
 */
public final class Line implements Expr {
  /** Made on first use: most lines of a large file have no comments. */
  private Comments comments;
  private final int startLine;
  private final int startColumn;
  private final int startOffset;
  private final int endLine;
  private final int endColumn;
  private final int endOffset;
  List<String> tokens;
  boolean inBlock;

  Line(Position start, List<String> tokens, Position end, boolean inBlock) {
    this.startLine = start.line();
    this.startColumn = start.column();
    this.startOffset = start.offset();
    this.tokens = new ArrayList<>(tokens);
    this.endLine = end.line();
    this.endColumn = end.column();
    this.endOffset = end.offset();
    this.inBlock = inBlock;
  }

  /** A line made by an edit, with no position in the input. */
  static Line added(List<String> tokens, boolean inBlock) {
    return new Line(Position.START, tokens, Position.START, inBlock);
  }

  /** A copy sharing nothing mutable but the comment objects (which are values). */
  Line copy() {
    Line l = new Line(start(), tokens, end(), inBlock);
    if (comments != null) {
      l.comments().setBefore(comments.peekBefore());
      l.comments().setSuffix(comments.peekSuffix());
      l.comments().setAfter(comments.peekAfter());
    }
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
    if (comments != null) {
      comments.setSuffix(List.of());
    }
  }

  @Override
  public Position start() {
    return new Position(startLine, startColumn, startOffset);
  }

  @Override
  public Position end() {
    return new Position(endLine, endColumn, endOffset);
  }

  boolean onOneLine() {
    return startLine == endLine;
  }

  int endOffset() {
    return endOffset;
  }

  @Override
  public Comments comments() {
    if (comments == null) {
      comments = new Comments();
    }
    return comments;
  }

  /** The comments, or a shared empty set (to read only) when there are none. */
  Comments peekComments() {
    return comments == null ? Comments.NONE : comments;
  }
}
