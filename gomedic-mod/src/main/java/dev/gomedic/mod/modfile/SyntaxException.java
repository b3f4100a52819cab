package dev.gomedic.mod.modfile;

/** Aborts parsing at the first syntax error; turned into a {@link ModFileException} by the parser. */
final class SyntaxException extends RuntimeException {
  private final transient Position pos;

  SyntaxException(Position pos, String message) {
    super(message, null, false, false);
    this.pos = pos;
  }

  Position pos() {
    return pos;
  }
}
