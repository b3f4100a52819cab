package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link FileSyntax} in the go command's standard layout: one blank line between statements, blocks
 * indented with one tab, tokens separated by one space (none inside brackets), end-of-line comments after one
 * space, whitespace at the end of lines removed. Blank lines are printed exactly as Go 1.19 does: a removed
 * line not yet cleaned up prints as an empty line, and a blank-line marker moved before a line by cleanup
 * still prints (newer x/mod suppresses both).
 */
public final class SyntaxPrinter {
  private final StringBuilder out = new StringBuilder();
  private final List<Comment> pendingSuffix = new ArrayList<>();
  private int margin;

  private SyntaxPrinter() {}

  /** The formatted text of {@code file}. */
  public static String format(FileSyntax file) {
    SyntaxPrinter p = new SyntaxPrinter();
    p.file(file);
    return p.out.toString();
  }

  private void file(FileSyntax f) {
    for (Comment c : f.comments().peekBefore()) {
      out.append(GoSpace.trimSpace(c.token()));
      newline();
    }
    List<Expr> stmts = f.stmts;
    for (int i = 0; i < stmts.size(); i++) {
      Expr stmt = stmts.get(i);
      expr(stmt);
      if (!(stmt instanceof CommentBlock)) {
        newline();
      }
      for (Comment c : Comments.peek(stmt).peekAfter()) {
        out.append(GoSpace.trimSpace(c.token()));
        newline();
      }
      if (i + 1 < stmts.size()) {
        newline();
      }
    }
  }

  private void expr(Expr x) {
    beforeComments(x);
    if (x instanceof Line l) {
      tokens(l.tokens);
    } else if (x instanceof LineBlock b) {
      tokens(b.tokens);
      out.append(' ');
      paren(b.lparen, '(');
      margin++;
      for (Line l : b.lines) {
        newline();
        expr(l);
      }
      margin--;
      newline();
      paren(b.rparen, ')');
    }
    pendingSuffix.addAll(Comments.peek(x).peekSuffix());
  }

  private void paren(Paren p, char ch) {
    beforeComments(p);
    out.append(ch);
    pendingSuffix.addAll(p.comments().peekSuffix());
  }

  /** Prints whole-line comments before {@code x}, each on its own line at the current margin. */
  private void beforeComments(Expr x) {
    List<Comment> before = Comments.peek(x).peekBefore();
    if (before.isEmpty()) {
      return;
    }
    trim();
    if (column() > 0) {
      out.append('\n');
    }
    indent();
    for (Comment c : before) {
      out.append(GoSpace.trimSpace(c.token()));
      newline();
    }
  }

  private void tokens(List<String> tokens) {
    String sep = "";
    for (String t : tokens) {
      if (t.equals(",") || t.equals(")") || t.equals("]") || t.equals("}")) {
        sep = "";
      }
      out.append(sep).append(t);
      sep = " ";
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        sep = "";
      }
    }
  }

  /** Ends the line, printing queued end-of-line comments first, and indents the next to the margin. */
  private void newline() {
    if (!pendingSuffix.isEmpty()) {
      out.append(' ');
      for (int i = 0; i < pendingSuffix.size(); i++) {
        if (i > 0) {
          trim();
          out.append('\n');
          indent();
        }
        out.append(GoSpace.trimSpace(pendingSuffix.get(i).token()));
      }
      pendingSuffix.clear();
    }
    trim();
    out.append('\n');
    indent();
  }

  private void indent() {
    for (int i = 0; i < margin; i++) {
      out.append('\t');
    }
  }

  /** Removes spaces and tabs at the end of the output. */
  private void trim() {
    int n = out.length();
    while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
      n--;
    }
    out.setLength(n);
  }

  /** The number of characters after the last newline. */
  private int column() {
    int last = out.lastIndexOf("\n");
    return out.length() - last - 1;
  }
}
