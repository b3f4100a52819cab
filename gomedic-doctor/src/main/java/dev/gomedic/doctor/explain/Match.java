package dev.gomedic.doctor.explain;

import java.util.Map;

/**
 * A recognised message: the entry, the 1-based line where its block starts, the block's text (ANSI stripped,
 * continuation lines joined with a newline), the placeholder values, and how often the same entry matched.
 */
public record Match(Entry entry, long line, String text, Map<String, String> values, int count) {
  public Match {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }

  Match again() {
    return new Match(entry, line, text, values, count + 1);
  }
}
