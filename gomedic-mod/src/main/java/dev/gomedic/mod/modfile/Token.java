package dev.gomedic.mod.modfile;

/** A lexical token of a go.mod file. */
record Token(Kind kind, Position pos, Position end, String text) {
  enum Kind {
    EOF,
    /** A comment after other tokens on its line; kept aside for attachment to syntax. */
    EOL_COMMENT,
    IDENT,
    STRING,
    /** A comment alone on its line. */
    COMMENT,
    NEWLINE,
    LPAREN,
    RPAREN,
    LBRACK,
    RBRACK,
    LBRACE,
    RBRACE,
    COMMA;

    boolean isComment() {
      return this == COMMENT || this == EOL_COMMENT;
    }

    /** Whether the token ends a line. */
    boolean isEol() {
      return this == EOF || this == EOL_COMMENT || this == NEWLINE;
    }
  }
}
