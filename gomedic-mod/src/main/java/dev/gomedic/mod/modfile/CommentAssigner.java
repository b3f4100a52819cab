package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Attaches end-of-line comments to the syntax they follow. Whole-line comments were already attached by the
 * parser (to the next statement, block line or closing parenthesis).
 *
 * <p>Every element is visited in order of where it ends, last first; an element that fits on one line takes
 * the comments that start at or after its end. Comments that nothing takes go before the whole file.
 */
final class CommentAssigner {
  private CommentAssigner() {}

  static void assign(FileSyntax file, List<Comment> suffixComments) {
    List<Expr> post = new ArrayList<>();
    for (Expr stmt : file.stmts) {
      if (stmt instanceof LineBlock b) {
        post.add(b.lparen);
        post.addAll(b.lines);
        post.add(b.rparen);
      }
      post.add(stmt);
    }
    List<Comment> pending = new ArrayList<>(suffixComments);
    for (int i = post.size() - 1; i >= 0; i--) {
      Expr x = post.get(i);
      if (x.start().line() != x.end().line()) {
        continue;
      }
      int endOffset = x.end().offset();
      while (!pending.isEmpty() && endOffset <= pending.get(pending.size() - 1).start().offset()) {
        x.comments().suffix().add(pending.remove(pending.size() - 1));
      }
    }
    for (Expr x : post) {
      Collections.reverse(x.comments().peekSuffix());
    }
    file.comments().before().addAll(pending);
  }
}
