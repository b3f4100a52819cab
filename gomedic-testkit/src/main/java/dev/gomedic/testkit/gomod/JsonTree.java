package dev.gomedic.testkit.gomod;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for comparing outputs by value: objects become {@link Map}s (whose equality ignores key
 * order), arrays {@link List}s, numbers {@link BigDecimal}s, and {@code true}/{@code false}/{@code null} their Java
 * values. It exists so that a test can tell "same keys and values, different layout" from "different values".
 */
public final class JsonTree {
  private final String s;
  private int pos;

  private JsonTree(String s) {
    this.s = s;
  }

  /** Parses one JSON value (surrounded by optional whitespace). */
  public static Object parse(String json) {
    JsonTree p = new JsonTree(json);
    Object v = p.value();
    p.space();
    if (p.pos != json.length()) {
      throw p.error("trailing text");
    }
    return v;
  }

  /** Whether both texts parse and hold the same values; false when either is not JSON. */
  public static boolean sameValues(String a, String b) {
    try {
      return parse(a).equals(parse(b));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Object value() {
    space();
    if (pos >= s.length()) {
      throw error("unexpected end");
    }
    char c = s.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      default:
        if (s.startsWith("true", pos)) {
          pos += 4;
          return Boolean.TRUE;
        }
        if (s.startsWith("false", pos)) {
          pos += 5;
          return Boolean.FALSE;
        }
        if (s.startsWith("null", pos)) {
          pos += 4;
          return Null.NULL;
        }
        return number();
    }
  }

  /** JSON null, so that maps and lists can hold it and compare it. */
  public enum Null { NULL }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    space();
    if (peek() == '}') {
      pos++;
      return m;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw error("want a key");
      }
      String k = string();
      space();
      expect(':');
      if (m.put(k, value()) != null) {
        throw error("duplicate key " + k);
      }
      space();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return m;
      }
    }
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    pos++;
    space();
    if (peek() == ']') {
      pos++;
      return l;
    }
    while (true) {
      l.add(value());
      space();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return l;
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
          b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> b.append(e);
      }
    }
    throw error("unterminated string");
  }

  private BigDecimal number() {
    int start = pos;
    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    try {
      return new BigDecimal(s.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("bad value");
    }
  }

  private void space() {
    while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("want '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("json at offset " + pos + ": " + what);
  }
}
