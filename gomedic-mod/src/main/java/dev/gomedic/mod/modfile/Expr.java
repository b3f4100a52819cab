package dev.gomedic.mod.modfile;

/**
 * One element of a go.mod syntax tree: a comment block, a line, a parenthesised block of lines, or one of a
 * block's parentheses.
 */
public sealed interface Expr permits CommentBlock, Line, LineBlock, Paren {
  /** Where the element starts, not counting comments. */
  Position start();

  /** Where the element ends, not counting comments. */
  Position end();

  /** The comments attached to the element. */
  Comments comments();
}
