package dev.gomedic.cli.mod;

import dev.gomedic.testkit.gomod.CorpusFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The mismatches of the differential test, by category, rendered for people (a test failure and a Markdown file). */
final class DiffReport {

  /** Why gomedic and go disagree about a file. */
  enum Category {
    FMT_DIFFERS("go accepts; `gomedic mod fmt` output differs from `go mod edit -print`"),
    JSON_VALUES_DIFFER("go accepts; `gomedic mod edit -json` has other keys or values than `go mod edit -json`"),
    JSON_LAYOUT_DIFFERS("go accepts; `gomedic mod edit -json` has the same keys and values as go's but other bytes"),
    ACCEPTED_BUT_REJECTED("go accepts; gomedic exits non-zero"),
    NEWER_SYNTAX_REJECTED("go 1.19 rejects only newer syntax (go 1.21.0, toolchain, godebug, tool, ignore); gomedic must accept (exit 0)"),
    NEWER_SYNTAX_UNSTABLE("newer syntax: `gomedic mod fmt` of gomedic's own output is not that output (shown as go/gomedic: first/second run)"),
    ERROR_MISSED("go reports a real error; gomedic exits 0"),
    ERROR_WRONG_LINE("go reports a real error; gomedic's error names another line (or none)"),
    ERROR_BAD_SHAPE("gomedic fails, but not as exactly one line `gomedic: go.mod:LINE:COL: ...` with exit 1"),
    CRASH("gomedic timed out, threw, or reported an internal error"),
    EDIT_OUTPUT_DIFFERS("`gomedic mod edit FLAGS -print` output differs from `go mod edit FLAGS -print`"),
    EDIT_EXIT_DIFFERS("`gomedic mod edit FLAGS -print` succeeds where go fails, or fails where go succeeds");

    final String meaning;

    Category(String meaning) {
      this.meaning = meaning;
    }
  }

  /** One disagreement: the file, what go said and what gomedic said. */
  record Mismatch(Category category, CorpusFile file, String command, String go, String gomedic) {}

  private final Map<Category, List<Mismatch>> byCategory = new EnumMap<>(Category.class);
  private final List<Category> categories;

  /** A report whose counts list these categories (others still show when they occur). */
  DiffReport(List<Category> categories) {
    this.categories = List.copyOf(categories);
  }

  void add(Category c, CorpusFile file, String command, String go, String gomedic) {
    byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(new Mismatch(c, file, command, go, gomedic));
  }

  int size() {
    return byCategory.values().stream().mapToInt(List::size).sum();
  }

  /** Files with at least one mismatch. */
  int files() {
    Set<String> origins = new HashSet<>();
    byCategory.values().forEach(l -> l.forEach(m -> origins.add(m.file().origin())));
    return origins.size();
  }

  Map<Category, Integer> counts() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    byCategory.forEach((c, l) -> counts.put(c, l.size()));
    return counts;
  }

  /** The report: counts per category, then the {@code examples} smallest distinct inputs of each. */
  String render(String header, int examples, int maxExampleChars) {
    StringBuilder b = new StringBuilder(header);
    b.append("\n## Counts\n\n");
    for (Category c : Category.values()) {
      int n = byCategory.getOrDefault(c, List.of()).size();
      if (n == 0 && !categories.contains(c)) {
        continue;
      }
      b.append("- ").append(c).append(": ").append(n).append(" — ").append(c.meaning).append('\n');
    }
    for (Category c : Category.values()) {
      List<Mismatch> all = byCategory.getOrDefault(c, List.of());
      if (all.isEmpty()) {
        continue;
      }
      b.append("\n## ").append(c).append(" (").append(all.size()).append(")\n\n").append(c.meaning).append('\n');
      List<Mismatch> sorted = new ArrayList<>(all);
      sorted.sort(Comparator.comparingInt((Mismatch m) -> m.file().content().length)
          .thenComparing(m -> m.file().origin()));
      Set<String> shown = new HashSet<>();
      int n = 0;
      for (Mismatch m : sorted) {
        if (n >= examples) {
          break;
        }
        if (!shown.add(m.file().text() + "\0" + m.gomedic())) {
          continue;
        }
        n++;
        b.append("\n### ").append(m.file().origin()).append("\n\n");
        b.append("`").append(m.command()).append("`\n\ninput (").append(m.file().kind().fileName()).append("):\n");
        fence(b, clip(m.file().text(), maxExampleChars));
        b.append("go 1.19:\n");
        fence(b, clip(m.go(), maxExampleChars));
        b.append("gomedic:\n");
        fence(b, clip(m.gomedic(), maxExampleChars));
        boolean outputs = c == Category.FMT_DIFFERS || c == Category.EDIT_OUTPUT_DIFFERS || c == Category.JSON_VALUES_DIFFER || c == Category.JSON_LAYOUT_DIFFERS
            || c == Category.NEWER_SYNTAX_UNSTABLE;
        String diff = outputs ? firstDifference(m.go(), m.gomedic()) : null;
        if (diff != null) {
          b.append(diff).append('\n');
        }
      }
      b.append("\nAll ").append(c).append(" files:\n");
      int listed = 0;
      for (Mismatch m : all) {
        if (listed++ >= 40) {
          b.append("- ... and ").append(all.size() - 40).append(" more\n");
          break;
        }
        b.append("- ").append(m.file().origin()).append('\n');
      }
    }
    return b.toString();
  }

  private static void fence(StringBuilder b, String text) {
    b.append("~~~~\n").append(text);
    if (!text.endsWith("\n")) {
      b.append("⏎(no newline at end)\n");
    }
    b.append("~~~~\n");
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "\n... (" + (s.length() - max) + " more chars)\n";
  }

  /** "first difference at line N: go `...`, gomedic `...`" for two texts that differ, else null. */
  static String firstDifference(String go, String gomedic) {
    if (go.equals(gomedic)) {
      return null;
    }
    String[] a = go.split("\n", -1);
    String[] b = gomedic.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end>";
      String y = i < b.length ? b[i] : "<end>";
      if (!x.equals(y)) {
        return "first difference at output line " + (i + 1) + ": go `" + visible(x) + "`, gomedic `"
            + visible(y) + "`";
      }
    }
    return null;
  }

  private static String visible(String s) {
    return s.replace("\t", "\\t").replace("\r", "\\r");
  }
}
