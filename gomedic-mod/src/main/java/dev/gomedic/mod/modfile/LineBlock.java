package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A factored block of lines sharing a verb:
 *
 * <pre>
 * require (
 *     example.com/a v1.0.0
 *     example.com/b v1.2.0
 * )
 * </pre>
 */
public final class LineBlock implements Expr {
  private final Comments comments = new Comments();
  private final Position start;
  final List<String> tokens;
  final Paren lparen;
  final List<Line> lines;
  final Paren rparen;

  LineBlock(Position start, List<String> tokens, Paren lparen, List<Line> lines, Paren rparen) {
    this.start = start;
    this.tokens = new ArrayList<>(tokens);
    this.lparen = lparen;
    this.lines = new ArrayList<>(lines);
    this.rparen = rparen;
  }

  /** A new empty block made by an edit. */
  static LineBlock added(String verb) {
    return new LineBlock(Position.START, List.of(verb), new Paren(Position.START), List.of(),
        new Paren(Position.START));
  }

  /** The tokens before {@code (}, normally just the verb. */
  public List<String> tokens() {
    return List.copyOf(tokens);
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }

  public Paren lparen() {
    return lparen;
  }

  public Paren rparen() {
    return rparen;
  }

  String verb() {
    return tokens.get(0);
  }

  @Override
  public Position start() {
    return start;
  }

  @Override
  public Position end() {
    return rparen.start().after(")");
  }

  @Override
  public Comments comments() {
    return comments;
  }
}
