package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoSpace;
import java.util.List;

/** The {@code // indirect} marking and version token of a require line. */
final class Requires {
  private Requires() {}

  /** Whether the line's first end-of-line comment is {@code // indirect} or starts {@code // indirect;}. */
  static boolean isIndirect(Line line) {
    List<Comment> suffix = Comments.peek(line).peekSuffix();
    if (suffix.isEmpty()) {
      return false;
    }
    String text = suffix.get(0).token();
    text = text.startsWith("//") ? text.substring(2) : text;
    String[] f = GoSpace.trimSpace(text).split("[\\t\\n\\x0B\\f\\r \\x85\\xA0]+");
    if (f.length == 0 || f[0].isEmpty()) {
      return false;
    }
    return (f.length == 1 && f[0].equals("indirect")) || (f.length > 1 && f[0].equals("indirect;"));
  }

  /** Adds or removes the {@code // indirect} marking, keeping any other comment text. */
  static void setIndirect(Line line, boolean indirect) {
    if (isIndirect(line) == indirect) {
      return;
    }
    List<Comment> suffix = line.comments().suffix();
    if (indirect) {
      if (suffix.isEmpty()) {
        suffix.add(Comment.suffix("// indirect"));
        return;
      }
      Comment com = suffix.get(0);
      String text = GoSpace.trimSpace(com.token().startsWith("//") ? com.token().substring(2) : com.token());
      suffix.set(0, com.withToken(text.isEmpty() ? "// indirect" : "// indirect; " + text));
      return;
    }
    Comment com = suffix.get(0);
    String text = GoSpace.trimSpace(com.token().startsWith("//") ? com.token().substring(2) : com.token());
    if (text.equals("indirect")) {
      suffix.clear();
      return;
    }
    int i = com.token().indexOf("indirect;");
    suffix.set(0, com.withToken("//" + com.token().substring(i + "indirect;".length())));
  }

  /** Writes a new version into the line, dropping a blank line before it inside a block (go.dev/issue/33779). */
  static void setVersion(Line line, String v) {
    if (line.tokens.isEmpty()) {
      return;
    }
    if (line.inBlock) {
      List<Comment> before = Comments.peek(line).peekBefore();
      if (before.size() == 1 && before.get(0).token().isEmpty()) {
        before.clear();
      }
      if (line.tokens.size() >= 2) {
        line.tokens.set(1, v);
      }
    } else if (line.tokens.size() >= 3) {
      line.tokens.set(2, v);
    }
  }
}
