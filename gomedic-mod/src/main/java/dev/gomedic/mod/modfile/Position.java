package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.Utf8;

/**
 * A place in a go.mod or go.work file.
 *
 * @param line the line, from 1
 * @param column the rune (code point) within the line, from 1
 * @param offset the byte offset in the UTF-8 input, from 0
 */
public record Position(int line, int column, int offset) {
  /** The position of the first byte of a file. */
  public static final Position START = new Position(1, 1, 0);

  /** The position just after {@code text}, when {@code text} starts here. */
  public Position after(String text) {
    int l = line;
    int c = column;
    int lastNewline = text.lastIndexOf('\n');
    if (lastNewline >= 0) {
      l += (int) text.chars().filter(ch -> ch == '\n').count();
      c = 1;
    }
    String tail = text.substring(lastNewline + 1);
    c += tail.codePointCount(0, tail.length());
    return new Position(l, c, offset + Utf8.length(text));
  }
}
