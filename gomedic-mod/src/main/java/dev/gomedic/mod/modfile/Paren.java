package dev.gomedic.mod.modfile;

/**
 * The opening or closing parenthesis of a {@link LineBlock}: a place for the comments that follow {@code (} on
 * its line, or the whole-line comments before {@code )}.
 */
public final class Paren implements Expr {
  private final Comments comments = new Comments();
  private Position pos;

  Paren(Position pos) {
    this.pos = pos;
  }

  @Override
  public Position start() {
    return pos;
  }

  @Override
  public Position end() {
    return pos.after(")");
  }

  void setPos(Position p) {
    pos = p;
  }

  @Override
  public Comments comments() {
    return comments;
  }
}
