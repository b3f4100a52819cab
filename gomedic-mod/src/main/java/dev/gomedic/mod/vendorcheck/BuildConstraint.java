package dev.gomedic.mod.vendorcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a .go file is tagged {@code ignore}: cmd/go's imports.ShouldBuild with AnyTags, which {@code go mod
 * vendor} uses to leave such files out. Every tag except {@code ignore} counts as both set and unset (whichever
 * makes the file build), so only a constraint that needs {@code ignore}, or cannot be read, excludes a file.
 */
final class BuildConstraint {
  private BuildConstraint() {}

  /** Whether {@code go mod vendor} leaves this .go file out because of its build constraints. */
  static boolean excluded(String content) {
    Header h;
    try {
      h = header(content);
    } catch (IllegalArgumentException e) {
      return true; // two //go:build lines: ShouldBuild says false
    }
    if (h.goBuild != null) {
      try {
        return !new Parser(h.goBuild.substring("//go:build".length())).parse().eval(true);
      } catch (IllegalArgumentException e) {
        return true;
      }
    }
    for (String line : h.leading.split("\n", -1)) {
      line = line.strip();
      if (!isPlusBuild(line)) {
        continue;
      }
      Expr x;
      try {
        x = plusBuild(line);
      } catch (IllegalArgumentException e) {
        continue; // an unreadable +build line is skipped
      }
      if (!x.eval(true)) {
        return true;
      }
    }
    return false;
  }

  private record Header(String leading, String goBuild) {}

  /** imports.parseFileHeader: the leading // comments up to the last blank line, and the //go:build line. */
  private static Header header(String content) {
    int end = 0;
    int at = 0;
    boolean ended = false;
    boolean inSlashStar = false;
    String goBuild = null;
    lines:
    while (at < content.length()) {
      int nl = content.indexOf('\n', at);
      String line = (nl < 0 ? content.substring(at) : content.substring(at, nl)).strip();
      at = nl < 0 ? content.length() : nl + 1;
      if (line.isEmpty() && !ended) {
        end = at;
        continue;
      }
      if (!line.startsWith("//")) {
        ended = true;
      }
      if (!inSlashStar && isGoBuild(line)) {
        if (goBuild != null) {
          throw new IllegalArgumentException("multiple //go:build comments");
        }
        goBuild = line;
      }
      while (!line.isEmpty()) {
        if (inSlashStar) {
          int i = line.indexOf("*/");
          if (i < 0) {
            continue lines;
          }
          inSlashStar = false;
          line = line.substring(i + 2).strip();
          continue;
        }
        if (line.startsWith("//")) {
          continue lines;
        }
        if (line.startsWith("/*")) {
          inSlashStar = true;
          line = line.substring(2).strip();
          continue;
        }
        break lines;
      }
    }
    return new Header(content.substring(0, end), goBuild);
  }

  private static boolean isGoBuild(String line) {
    if (!line.startsWith("//go:build")) {
      return false;
    }
    String rest = line.substring("//go:build".length());
    return rest.isEmpty() || rest.strip().length() < rest.length();
  }

  private static boolean isPlusBuild(String line) {
    if (!line.startsWith("//")) {
      return false;
    }
    String s = line.substring(2).strip();
    return s.startsWith("+build") && (s.length() == 6 || Character.isWhitespace(s.charAt(6)));
  }

  /** constraint.Parse of a {@code // +build} line: fields OR-ed, comma-separated terms AND-ed. */
  private static Expr plusBuild(String line) {
    String s = line.substring(2).strip().substring("+build".length()).strip();
    Expr x = null;
    for (String field : s.split("\\s+")) {
      if (field.isEmpty()) {
        continue;
      }
      Expr y = null;
      for (String lit : field.split(",", -1)) {
        boolean not = lit.startsWith("!");
        String tag = not ? lit.substring(1) : lit;
        if (tag.startsWith("!") || !validTag(tag)) {
          throw new IllegalArgumentException("invalid +build tag " + lit);
        }
        Expr t = new Tag(tag);
        if (not) {
          t = new Not(t);
        }
        y = y == null ? t : new And(y, t);
      }
      x = x == null ? y : new Or(x, y);
    }
    if (x == null) {
      throw new IllegalArgumentException("empty +build line");
    }
    return x;
  }

  static boolean validTag(String tag) {
    return !tag.isEmpty() && tag.codePoints().allMatch(BuildConstraint::tagChar);
  }

  private static boolean tagChar(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  /** A build constraint expression, evaluated as imports.eval does with the "*" (any tags) set. */
  private sealed interface Expr permits Tag, Not, And, Or {
    boolean eval(boolean prefer);
  }

  private record Tag(String name) implements Expr {
    public boolean eval(boolean prefer) {
      return !name.equals("ignore") && prefer;
    }
  }

  private record Not(Expr x) implements Expr {
    public boolean eval(boolean prefer) {
      return !x.eval(!prefer);
    }
  }

  private record And(Expr x, Expr y) implements Expr {
    public boolean eval(boolean prefer) {
      return x.eval(prefer) && y.eval(prefer);
    }
  }

  private record Or(Expr x, Expr y) implements Expr {
    public boolean eval(boolean prefer) {
      return x.eval(prefer) || y.eval(prefer);
    }
  }

  /** go/build/constraint's //go:build expression grammar: || over && over ! and parentheses. */
  private static final class Parser {
    private final List<String> tokens = new ArrayList<>();
    private int pos;

    Parser(String text) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '(' || c == ')' || c == '!') {
          tokens.add(String.valueOf(c));
          i++;
        } else if (text.startsWith("&&", i) || text.startsWith("||", i)) {
          tokens.add(text.substring(i, i + 2));
          i += 2;
        } else if (tagChar(text.codePointAt(i))) {
          int j = i;
          while (j < text.length() && tagChar(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
          }
          tokens.add(text.substring(i, j));
          i = j;
        } else {
          throw new IllegalArgumentException("unexpected token " + c);
        }
      }
    }

    Expr parse() {
      Expr x = or();
      if (pos != tokens.size()) {
        throw new IllegalArgumentException("unexpected token " + tokens.get(pos));
      }
      return x;
    }

    private Expr or() {
      Expr x = and();
      while (peek("||")) {
        pos++;
        x = new Or(x, and());
      }
      return x;
    }

    private Expr and() {
      Expr x = not();
      while (peek("&&")) {
        pos++;
        x = new And(x, not());
      }
      return x;
    }

    private Expr not() {
      if (peek("!")) {
        pos++;
        return new Not(not());
      }
      if (peek("(")) {
        pos++;
        Expr x = or();
        if (!peek(")")) {
          throw new IllegalArgumentException("missing )");
        }
        pos++;
        return x;
      }
      if (pos >= tokens.size()) {
        throw new IllegalArgumentException("unexpected end of expression");
      }
      String t = tokens.get(pos++);
      if (!validTag(t)) {
        throw new IllegalArgumentException("unexpected token " + t);
      }
      return new Tag(t);
    }

    private boolean peek(String t) {
      return pos < tokens.size() && tokens.get(pos).equals(t);
    }
  }
}
