package dev.gomedic.mod.modfile;

/** A group of whole-line comments at the top level that belongs to no statement; its text is in before(). */
public final class CommentBlock implements Expr {
  private final Comments comments = new Comments();
  private final Position start;

  CommentBlock(Position start) {
    this.start = start;
  }

  @Override
  public Position start() {
    return start;
  }

  @Override
  public Position end() {
    return start;
  }

  @Override
  public Comments comments() {
    return comments;
  }
}
