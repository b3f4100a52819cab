package dev.gomedic.mod.modfile;

import java.util.Comparator;
import java.util.List;

/** How the lines of a block are sorted. */
final class LineOrder {
  private LineOrder() {}

  static Comparator<Line> forBlock(String verb, boolean semanticExclude) {
    if (verb.equals("exclude") && semanticExclude) {
      return LineOrder::compareExclude;
    }
    if (verb.equals("retract")) {
      return LineOrder::compareRetract;
    }
    return LineOrder::compareTokens;
  }

  /** Token by token, by the tokens' bytes (as Go compares strings), shorter first. */
  static int compareTokens(Line a, Line b) {
    List<String> x = a.tokens;
    List<String> y = b.tokens;
    for (int k = 0; k < x.size() && k < y.size(); k++) {
      if (!x.get(k).equals(y.get(k))) {
        return compareBytes(x.get(k), y.get(k));
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  /** Go's string order: by UTF-8 bytes, which for code points is code point order. */
  static int compareBytes(String s, String t) {
    int i = 0;
    while (i < s.length() && i < t.length()) {
      int c = s.codePointAt(i);
      int d = t.codePointAt(i);
      if (c != d) {
        return Integer.compare(c, d);
      }
      i += Character.charCount(c);
    }
    return Integer.compare(s.length() - i, t.length() - i);
  }

  private static int compareExclude(Line a, Line b) {
    if (a.tokens.size() != 2 || b.tokens.size() != 2) {
      return compareTokens(a, b);
    }
    if (!a.tokens.get(0).equals(b.tokens.get(0))) {
      return compareBytes(a.tokens.get(0), b.tokens.get(0));
    }
    return ModuleRules.compare(a.tokens.get(1), b.tokens.get(1));
  }

  private static int compareRetract(Line a, Line b) {
    VersionInterval x = interval(a);
    VersionInterval y = interval(b);
    int c = ModuleRules.compare(x.low(), y.low());
    if (c != 0) {
      return -c;
    }
    return -ModuleRules.compare(x.high(), y.high());
  }

  private static VersionInterval interval(Line l) {
    List<String> t = l.tokens;
    if (t.size() == 1) {
      return VersionInterval.of(t.get(0));
    }
    if (t.size() == 5 && t.get(0).equals("[") && t.get(2).equals(",") && t.get(4).equals("]")) {
      return new VersionInterval(t.get(1), t.get(3));
    }
    return new VersionInterval("", "");
  }
}
