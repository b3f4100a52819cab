package dev.gomedic.doctor.ide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for VS Code's settings files: JSON with comments ({@code //} and block comments) and trailing commas
 * before a closing bracket or brace. Objects become {@link Map}, arrays {@link List}, strings {@link String},
 * everything else (numbers, booleans, null) its source text. Depth and size are bounded by the caller's input and
 * {@link #MAX_DEPTH}; malformed input throws {@link IllegalArgumentException} with the offset.
 */
final class Jsonc {
  static final int MAX_DEPTH = 64;

  private final String s;
  private int pos;

  private Jsonc(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Jsonc j = new Jsonc(text.startsWith("\uFEFF") ? text.substring(1) : text);
    j.skip();
    Object v = j.value(0);
    j.skip();
    if (j.pos != j.s.length()) {
      throw j.error("unexpected data after the value");
    }
    return v;
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    if (pos >= s.length()) {
      throw error("unexpected end of input");
    }
    char c = s.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      default -> literal();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    while (true) {
      skip();
      if (peek('}')) {
        pos++;
        return m;
      }
      if (!peek('"')) {
        throw error("want a string key");
      }
      String key = string();
      skip();
      expect(':');
      skip();
      m.put(key, value(depth + 1));
      skip();
      if (peek(',')) {
        pos++;
      } else if (!peek('}')) {
        throw error("want , or }");
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> l = new ArrayList<>();
    pos++;
    while (true) {
      skip();
      if (peek(']')) {
        pos++;
        return l;
      }
      l.add(value(depth + 1));
      skip();
      if (peek(',')) {
        pos++;
      } else if (!peek(']')) {
        throw error("want , or ]");
      }
    }
  }

  private String string() {
    StringBuilder b = new StringBuilder();
    pos++;
    while (pos < s.length()) {
      char c = s.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (pos >= s.length()) {
        break;
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (pos + 4 > s.length()) {
            throw error("short \\u escape");
          }
          try {
            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          } catch (NumberFormatException x) {
            throw error("bad \\u escape");
          }
          pos += 4;
        }
        default -> b.append(e); // \" \\ \/
      }
    }
    throw error("unterminated string");
  }

  private String literal() {
    int start = pos;
    while (pos < s.length() && "+-.0123456789eEtruefalsn".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character '" + s.charAt(pos) + "'");
    }
    return s.substring(start, pos);
  }

  /** Skips white space and comments. */
  private void skip() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (s.startsWith("//", pos)) {
        int nl = s.indexOf('\n', pos);
        pos = nl < 0 ? s.length() : nl + 1;
      } else if (s.startsWith("/*", pos)) {
        int end = s.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error("unterminated comment");
        }
        pos = end + 2;
      } else {
        return;
      }
    }
  }

  private boolean peek(char c) {
    return pos < s.length() && s.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("want " + c);
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("offset " + pos + ": " + what);
  }
}
