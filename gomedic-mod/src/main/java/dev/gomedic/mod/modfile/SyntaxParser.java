package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link FileSyntax} from go.mod text, keeping every comment and blank line inside blocks the way the
 * go command does. Stops at the first syntax error.
 */
final class SyntaxParser {
  /** The largest file parsed (64 MiB): the go command has no limit, and 50 MB go.mod files work. */
  static final int MAX_SIZE = 64 << 20;

  private final String name;
  private final Lexer lexer;
  private Token next;
  private final FileSyntax file;

  private SyntaxParser(String name, byte[] data) {
    this.name = name;
    this.lexer = new Lexer(data);
    this.file = new FileSyntax(name);
  }

  /** Parses {@code data}; the problem of a failure names {@code name}. */
  static FileSyntax parse(String name, byte[] data) throws ModFileException {
    if (data.length > MAX_SIZE) {
      throw new ModFileException(List.of(new Problem(name, 0, 0, "",
          "file too large (" + data.length + " bytes; the limit is " + MAX_SIZE + ")")));
    }
    SyntaxParser p = new SyntaxParser(name, data);
    try {
      p.next = p.lexer.next();
      p.parseFile();
    } catch (SyntaxException e) {
      throw new ModFileException(List.of(Problem.at(name, e.pos(), e.getMessage())));
    }
    CommentAssigner.assign(p.file, p.lexer.suffixComments());
    return p.file;
  }

  private Token.Kind peek() {
    return next.kind();
  }

  private Token lex() {
    Token t = next;
    next = lexer.next();
    return t;
  }

  private void parseFile() {
    CommentBlock cb = null;
    while (true) {
      switch (peek()) {
        case NEWLINE -> {
          lex();
          if (cb != null) {
            file.stmts.add(cb);
            cb = null;
          }
        }
        case COMMENT -> {
          Token t = lex();
          if (cb == null) {
            cb = new CommentBlock(t.pos());
          }
          cb.comments().before().add(new Comment(t.pos(), t.text(), false));
        }
        case EOF -> {
          if (cb != null) {
            file.stmts.add(cb);
          }
          return;
        }
        default -> {
          parseStmt();
          if (cb != null) {
            file.stmts.get(file.stmts.size() - 1).comments().setBefore(cb.comments().before());
            cb = null;
          }
        }
      }
    }
  }

  private void parseStmt() {
    Token first = lex();
    Position start = first.pos();
    Position end = first.end();
    List<String> tokens = new ArrayList<>();
    tokens.add(first.text());
    while (true) {
      Token t = lex();
      if (t.kind().isEol()) {
        file.stmts.add(new Line(start, tokens, end, false));
        return;
      }
      if (t.kind() == Token.Kind.LPAREN) {
        if (peek().isEol()) {
          file.stmts.add(parseLineBlock(start, tokens, t));
          return;
        }
        if (peek() == Token.Kind.RPAREN) {
          Token rparen = lex();
          if (peek().isEol()) {
            lex();
            file.stmts.add(new LineBlock(start, tokens, new Paren(t.pos()), List.of(),
                new Paren(rparen.pos())));
            return;
          }
          tokens.add(t.text());
          tokens.add(rparen.text());
        } else {
          tokens.add(t.text());
        }
      } else {
        tokens.add(t.text());
        end = t.end();
      }
    }
  }

  private LineBlock parseLineBlock(Position start, List<String> tokens, Token lparen) {
    LineBlock block = new LineBlock(start, tokens, new Paren(lparen.pos()), List.of(), new Paren(lparen.pos()));
    List<Comment> comments = new ArrayList<>();
    while (true) {
      switch (peek()) {
        case EOL_COMMENT -> lex();
        case NEWLINE -> {
          lex();
          boolean lastIsText = !comments.isEmpty() && !comments.get(comments.size() - 1).token().isEmpty();
          if ((comments.isEmpty() && !block.lines.isEmpty()) || lastIsText) {
            comments.add(new Comment(Position.START, "", false));
          }
        }
        case COMMENT -> {
          Token t = lex();
          comments.add(new Comment(t.pos(), t.text(), false));
        }
        case EOF -> throw new SyntaxException(lexer.pos(), "syntax error (unterminated block started at "
            + name + ":" + start.line() + ":" + start.column() + ")");
        case RPAREN -> {
          Token rparen = lex();
          block.rparen.comments().setBefore(comments);
          block.rparen.setPos(rparen.pos());
          if (!peek().isEol()) {
            throw new SyntaxException(lexer.pos(), "syntax error (expected newline after closing paren)");
          }
          lex();
          return block;
        }
        default -> {
          Line l = parseLine();
          block.lines.add(l);
          l.comments().setBefore(comments);
          comments = new ArrayList<>();
        }
      }
    }
  }

  private Line parseLine() {
    Token first = lex();
    Position start = first.pos();
    Position end = first.end();
    List<String> tokens = new ArrayList<>();
    tokens.add(first.text());
    while (true) {
      Token t = lex();
      if (t.kind().isEol()) {
        return new Line(start, tokens, end, true);
      }
      tokens.add(t.text());
      end = t.end();
    }
  }
}
