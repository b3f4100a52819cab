package dev.gomedic.cli.render;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A streaming JSON writer that produces the same bytes as Go's {@code json.MarshalIndent(v, "", "\t")} (and
 * {@code json.Encoder} with {@code SetIndent("", "\t")}): tab indentation, {@code "key": value}, empty
 * objects and arrays as {@code {}} and {@code []}, and Go's escaping ({@code <}, {@code >}, {@code &},
 * U+2028 and U+2029 as {@code \\u00XX}; other control characters as {@code \\u00XX} except {@code \\n},
 * {@code \\r} and {@code \\t}; unpaired surrogates as U+FFFD).
 *
 * <p>Written by hand rather than with Jackson so that the CLI starts fast (see docs/BENCHMARKS.md).
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final String indent;
  /** For each open container: true once it has at least one element. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterKey;

  private JsonWriter(String indent) {
    this.indent = indent;
  }

  /** A writer indenting with one tab per level, as the go command's {@code -json} flags do. */
  public static JsonWriter indented() {
    return new JsonWriter("\t");
  }

  /** A writer with no whitespace at all, as {@code json.Marshal} produces. */
  public static JsonWriter compact() {
    return new JsonWriter(null);
  }

  public JsonWriter beginObject() {
    openToken("{");
    open.push(new boolean[] {false});
    return this;
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    openToken("[");
    open.push(new boolean[] {false});
    return this;
  }

  public JsonWriter endArray() {
    return close(']');
  }

  public JsonWriter name(String key) {
    element();
    quote(key);
    out.append(indent == null ? ":" : ": ");
    afterKey = true;
    return this;
  }

  public JsonWriter value(String s) {
    if (s == null) {
      return raw("null");
    }
    prefix();
    quote(s);
    return this;
  }

  public JsonWriter value(long n) {
    return raw(Long.toString(n));
  }

  public JsonWriter value(boolean b) {
    return raw(Boolean.toString(b));
  }

  public JsonWriter nullValue() {
    return raw("null");
  }

  /** Shorthand for {@code name(key).value(value)}. */
  public JsonWriter field(String key, String value) {
    return name(key).value(value);
  }

  public JsonWriter field(String key, long value) {
    return name(key).value(value);
  }

  public JsonWriter field(String key, boolean value) {
    return name(key).value(value);
  }

  /** The document written so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  private JsonWriter raw(String token) {
    prefix();
    out.append(token);
    return this;
  }

  private void openToken(String token) {
    prefix();
    out.append(token);
  }

  private void prefix() {
    if (afterKey) {
      afterKey = false;
      return;
    }
    element();
  }

  private void element() {
    boolean[] top = open.peek();
    if (top == null) {
      return;
    }
    if (top[0]) {
      out.append(',');
    }
    top[0] = true;
    newline(open.size());
  }

  private JsonWriter close(char token) {
    boolean[] top = open.pop();
    if (top[0]) {
      newline(open.size());
    }
    out.append(token);
    return this;
  }

  private void newline(int depth) {
    if (indent == null) {
      return;
    }
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append(indent);
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> hex(c);
        default -> {
          if (c < 0x20) {
            hex(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            hex('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void hex(char c) {
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(Character.forDigit(c >> shift & 0xF, 16));
    }
  }
}
