package dev.gomedic.doctor.explain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads go command output as a stream and recognises catalog messages in it, in bounded memory: lines are cut at
 * {@link #MAX_LINE} characters, a block (a line and the tab-indented lines after it) at {@link #MAX_BLOCK_LINES}
 * lines, ANSI escape sequences and carriage returns are removed, and each entry is reported once with a count.
 * Binary input is just text that matches nothing.
 */
public final class LogScanner {
  public static final int MAX_LINE = 4096;
  public static final int MAX_BLOCK_LINES = 40;

  private final Catalog catalog;
  private final Map<String, Match> found = new LinkedHashMap<>();
  private final StringBuilder block = new StringBuilder();
  private final Map<String, Integer> specificity = new java.util.HashMap<>();
  private int blockLines;
  private long blockStart;
  private long lines;
  private long cutLines;

  private LogScanner(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The result of a scan: matches in order of first appearance, lines read, lines cut at MAX_LINE. */
  public record Result(List<Match> matches, long lines, long cutLines) {}

  public static Result scan(Reader in, Catalog catalog) throws IOException {
    LogScanner s = new LogScanner(catalog);
    s.run(in);
    return new Result(new ArrayList<>(s.found.values()), s.lines, s.cutLines);
  }

  /** Convenience for a string. */
  public static Result scan(String text, Catalog catalog) {
    try {
      return scan(new java.io.StringReader(text), catalog);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void run(Reader in) throws IOException {
    char[] buf = new char[1 << 16];
    StringBuilder line = new StringBuilder();
    boolean cut = false;
    int esc = 0; // 0 none, 1 after ESC, 2 inside CSI
    for (int n; (n = in.read(buf)) > 0; ) {
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (esc == 1) {
          esc = c == '[' ? 2 : 0;
          continue;
        }
        if (esc == 2) {
          if (c >= 0x40 && c <= 0x7e) {
            esc = 0;
          }
          continue;
        }
        if (c == '\u001b') {
          esc = 1;
        } else if (c == '\n') {
          endLine(line, cut);
          line.setLength(0);
          cut = false;
        } else if (c != '\r') {
          if (line.length() < MAX_LINE) {
            line.append(c);
          } else {
            cut = true;
          }
        }
      }
    }
    if (line.length() > 0) {
      endLine(line, cut);
    }
    flush();
  }

  private void endLine(StringBuilder line, boolean cut) {
    lines++;
    if (cut) {
      cutLines++;
    }
    boolean continuation = line.length() > 0 && line.charAt(0) == '\t' && block.length() > 0;
    if (continuation && blockLines < MAX_BLOCK_LINES) {
      block.append('\n').append(line);
      blockLines++;
      return;
    }
    if (continuation) {
      return;
    }
    flush();
    block.append(line);
    blockLines = 1;
    blockStart = lines;
  }

  private void flush() {
    if (block.length() == 0) {
      return;
    }
    String text = block.toString();
    block.setLength(0);
    List<Match> hits = new ArrayList<>();
    for (Entry e : catalog.entries()) {
      for (MessagePattern p : e.patterns()) {
        Map<String, String> values = p.match(text);
        if (values != null) {
          hits.add(new Match(e, blockStart, text, values, 1));
          specificity.put(e.id(), p.literalLength());
          break;
        }
      }
    }
    // the most specific message first: the pattern with the most literal text
    hits.sort(java.util.Comparator.comparingInt((Match m) -> -specificity.get(m.entry().id())));
    for (Match m : hits) {
      found.merge(m.entry().id(), m, (old, neu) -> old.again());
    }
  }
}
