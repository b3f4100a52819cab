package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.gotext.Utf8;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits go.mod text into tokens. Works on the UTF-8 bytes (an invalid byte reads as U+FFFD, as in Go) and
 * counts positions in lines, runes and bytes. Comments after other tokens on a line are collected in
 * {@link #suffixComments()} as well as returned as {@link Token.Kind#EOL_COMMENT} tokens.
 */
final class Lexer {
  private final byte[] data;
  private int line = 1;
  private int column = 1;
  private int offset;
  private final List<Comment> suffixComments = new ArrayList<>();

  Lexer(byte[] data) {
    this.data = data;
  }

  List<Comment> suffixComments() {
    return suffixComments;
  }

  Position pos() {
    return new Position(line, column, offset);
  }

  private boolean eof() {
    return offset >= data.length;
  }

  private int peekRune() {
    return eof() ? 0 : Utf8.decode(data, offset, data.length) >>> 3;
  }

  private boolean peekPrefix(char a, char b) {
    return offset + 1 < data.length && data[offset] == a && data[offset + 1] == b;
  }

  private int readRune() {
    int d = Utf8.decode(data, offset, data.length);
    int r = d >>> 3;
    offset += d & 7;
    if (r == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return r;
  }

  /** Reads the next token. */
  Token next() {
    while (!eof()) {
      int c = peekRune();
      if (c == ' ' || c == '\t' || c == '\r') {
        readRune();
        continue;
      }
      if (peekPrefix('/', '/')) {
        return comment();
      }
      if (peekPrefix('/', '*')) {
        throw new SyntaxException(pos(), "mod files must use // comments (not /* */ comments)");
      }
      break;
    }
    Position start = pos();
    int startOffset = offset;
    if (eof()) {
      return new Token(Token.Kind.EOF, start, start, "");
    }
    int c = peekRune();
    Token.Kind punct = switch (c) {
      case '\n' -> Token.Kind.NEWLINE;
      case '(' -> Token.Kind.LPAREN;
      case ')' -> Token.Kind.RPAREN;
      case '[' -> Token.Kind.LBRACK;
      case ']' -> Token.Kind.RBRACK;
      case '{' -> Token.Kind.LBRACE;
      case '}' -> Token.Kind.RBRACE;
      case ',' -> Token.Kind.COMMA;
      default -> null;
    };
    if (punct != null) {
      readRune();
      return token(punct, start, startOffset);
    }
    if (c == '"' || c == '`') {
      quoted(c, start);
      return token(Token.Kind.STRING, start, startOffset);
    }
    if (!isIdent(c)) {
      throw new SyntaxException(pos(), "unexpected input character " + GoQuote.quoteRune(c));
    }
    while (isIdent(peekRune())) {
      if (peekPrefix('/', '/')) {
        break;
      }
      if (peekPrefix('/', '*')) {
        throw new SyntaxException(pos(), "mod files must use // comments (not /* */ comments)");
      }
      readRune();
    }
    return token(Token.Kind.IDENT, start, startOffset);
  }

  private void quoted(int quote, Position start) {
    readRune();
    while (true) {
      if (eof()) {
        throw new SyntaxException(start, "unexpected EOF in string");
      }
      if (peekRune() == '\n') {
        throw new SyntaxException(pos(), "unexpected newline in string");
      }
      int c = readRune();
      if (c == quote) {
        return;
      }
      if (c == '\\' && quote != '`') {
        if (eof()) {
          throw new SyntaxException(start, "unexpected EOF in string");
        }
        readRune();
      }
    }
  }

  private Token comment() {
    Position start = pos();
    int startOffset = offset;
    boolean suffix = false;
    for (int i = offset - 1; i >= 0 && data[i] != '\n'; i--) {
      if (!isAsciiSpace(data[i])) {
        suffix = true;
        break;
      }
    }
    while (!eof() && readRune() != '\n') {
      // consume to the end of the line
    }
    String text = Utf8.decodeString(data, startOffset, offset);
    if (text.endsWith("\r\n")) {
      text = text.substring(0, text.length() - 2);
    } else if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    if (!suffix) {
      return new Token(Token.Kind.COMMENT, start, pos(), text);
    }
    suffixComments.add(new Comment(start, text, true));
    return new Token(Token.Kind.EOL_COMMENT, start, pos(), text);
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == 0x0B || b == 0x0C;
  }

  private Token token(Token.Kind kind, Position start, int startOffset) {
    String text = Utf8.decodeString(data, startOffset, offset);
    return new Token(kind, start, pos(), text);
  }

  /** Whether {@code c} may appear in an unquoted token: printable, not space, not {@code ()[]{},}. */
  static boolean isIdent(int c) {
    return switch (c) {
      case ' ', '(', ')', '[', ']', '{', '}', ',' -> false;
      default -> GoQuote.isPrint(c);
    };
  }
}
