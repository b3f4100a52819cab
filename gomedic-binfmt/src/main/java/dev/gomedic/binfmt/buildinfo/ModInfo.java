package dev.gomedic.binfmt.buildinfo;

import java.util.ArrayList;
import java.util.List;

/**
 * The module information text the go command embeds in binaries ({@code path}, {@code mod}, {@code dep},
 * {@code =>} and {@code build} lines, tab-separated), parsed and formatted the way {@code runtime/debug} does,
 * so that {@code format(parse(x))} is what {@code go version -m} prints.
 */
public final class ModInfo {
  private ModInfo() {}

  /** Parses module information text; the Go version is given separately. */
  public static BuildInfo parse(String goVersion, String data, BuildInfo.Source source)
      throws BuildInfoException {
    String path = "";
    Module main = Module.NONE;
    List<Module> deps = new ArrayList<>();
    List<Setting> settings = new ArrayList<>();
    // index into deps of the module a "=>" line replaces; -1 for main, -2 for none
    int last = -2;
    int lineNum = 1;
    int pos = 0;
    // Lines are looked at in place, by index: this runs once per binary, mostly in the interpreter, where each
    // substring and split costs a chain of calls.
    while (pos < data.length()) {
      int nl = data.indexOf('\n', pos);
      if (nl < 0) {
        break;
      }
      int at = pos;
      pos = nl + 1;
      if (data.startsWith("path\t", at)) {
        path = data.substring(at + 5, nl);
      } else if (data.startsWith("mod\t", at)) {
        main = module(data, at + 4, nl, lineNum);
        last = -1;
      } else if (data.startsWith("dep\t", at)) {
        deps.add(module(data, at + 4, nl, lineNum));
        last = deps.size() - 1;
      } else if (data.startsWith("=>\t", at)) {
        int columns = columns(data, at + 3, nl);
        if (columns != 3) {
          throw new BuildInfoException(lineNum, "expected 3 columns for replacement; got " + columns);
        }
        if (last == -2) {
          throw new BuildInfoException(lineNum, "replacement with no module on previous line");
        }
        int t1 = data.indexOf('\t', at + 3);
        int t2 = data.indexOf('\t', t1 + 1);
        Module rep = new Module(data.substring(at + 3, t1), data.substring(t1 + 1, t2), data.substring(t2 + 1, nl),
            null);
        if (last == -1) {
          main = new Module(main.path(), main.version(), main.sum(), rep);
        } else {
          Module m = deps.get(last);
          deps.set(last, new Module(m.path(), m.version(), m.sum(), rep));
        }
        last = -2;
      } else if (data.startsWith("build\t", at)) {
        settings.add(setting(data.substring(at + 6, nl), lineNum));
      }
      lineNum++;
    }
    return new BuildInfo(goVersion, path, main, deps, settings, source);
  }

  /** The text {@code runtime/debug.BuildInfo.String} produces, including the {@code go} line. */
  public static String format(BuildInfo bi) {
    StringBuilder b = new StringBuilder();
    if (!bi.goVersion().isEmpty()) {
      b.append("go\t").append(bi.goVersion()).append('\n');
    }
    appendLines(b, bi, "");
    return b.toString();
  }

  /**
   * Appends the lines of {@link #format} after the {@code go} line, each preceded by {@code prefix}: with a tab,
   * the block {@code go version -m} prints under a file's name.
   */
  public static void appendLines(StringBuilder b, BuildInfo bi, String prefix) {
    if (!bi.path().isEmpty()) {
      b.append(prefix).append("path\t").append(bi.path()).append('\n');
    }
    if (!bi.main().isNone()) {
      module(b, prefix, "mod", bi.main());
    }
    for (Module d : bi.deps()) {
      module(b, prefix, "dep", d);
    }
    for (Setting s : bi.settings()) {
      String k = quoteKey(s.key()) ? GoQuote.quote(s.key()) : s.key();
      String v = quoteValue(s.value()) ? GoQuote.quote(s.value()) : s.value();
      b.append(prefix).append("build\t").append(k).append('=').append(v).append('\n');
    }
  }

  /** A module line; with a replacement, its line follows and then, as Go's formatter has it, an empty line. */
  private static void module(StringBuilder b, String prefix, String word, Module m) {
    b.append(prefix).append(word).append('\t').append(m.path()).append('\t').append(m.version());
    if (m.replace() == null) {
      b.append('\t').append(m.sum());
    } else {
      b.append('\n');
      module(b, prefix, "=>", m.replace());
      b.append(prefix);
    }
    b.append('\n');
  }

  /** The module in the tab-separated columns of {@code data[from:to]}: path, version and optional sum. */
  private static Module module(String data, int from, int to, int lineNum) throws BuildInfoException {
    int columns = columns(data, from, to);
    if (columns != 2 && columns != 3) {
      throw new BuildInfoException(lineNum, "expected 2 or 3 columns; got " + columns);
    }
    int t1 = data.indexOf('\t', from);
    if (columns == 2) {
      return new Module(data.substring(from, t1), data.substring(t1 + 1, to), "", null);
    }
    int t2 = data.indexOf('\t', t1 + 1);
    return new Module(data.substring(from, t1), data.substring(t1 + 1, t2), data.substring(t2 + 1, to), null);
  }

  /** How many tab-separated columns {@code data[from:to]} has (one more than its tabs). */
  private static int columns(String data, int from, int to) {
    int n = 1;
    for (int t = data.indexOf('\t', from); t >= 0 && t < to; t = data.indexOf('\t', t + 1)) {
      n++;
    }
    return n;
  }

  private static Setting setting(String kv, int lineNum) throws BuildInfoException {
    if (kv.isEmpty()) {
      throw new BuildInfoException(lineNum, "build line missing '='");
    }
    String key;
    String raw;
    char c0 = kv.charAt(0);
    if (c0 == '=') {
      throw new BuildInfoException(lineNum, "build line with missing key");
    } else if (c0 == '`' || c0 == '"') {
      int n = GoQuote.prefixLength(kv);
      if (n < 0) {
        throw new BuildInfoException(lineNum, "invalid quoted key in build line");
      }
      if (n == kv.length()) {
        throw new BuildInfoException(lineNum, "build line missing '=' after quoted key");
      }
      if (kv.charAt(n) != '=') {
        throw new BuildInfoException(lineNum, "unexpected character after quoted key: "
            + "'" + kv.charAt(n) + "'");
      }
      key = GoQuote.unquote(kv.substring(0, n));
      raw = kv.substring(n + 1);
    } else {
      int eq = kv.indexOf('=');
      if (eq < 0) {
        throw new BuildInfoException(lineNum, "build line missing '=' after key");
      }
      key = kv.substring(0, eq);
      raw = kv.substring(eq + 1);
      if (quoteKey(key)) {
        throw new BuildInfoException(lineNum, "unquoted key " + GoQuote.quote(key) + " must be quoted");
      }
    }
    String value = raw;
    if (!raw.isEmpty() && (raw.charAt(0) == '`' || raw.charAt(0) == '"')) {
      value = GoQuote.unquote(raw);
      if (value == null) {
        throw new BuildInfoException(lineNum, "invalid quoted value in build line");
      }
    } else if (quoteValue(raw)) {
      throw new BuildInfoException(lineNum, "unquoted value " + GoQuote.quote(raw) + " must be quoted");
    }
    return new Setting(key, value);
  }

  private static boolean quoteKey(String k) {
    return k.isEmpty() || k.indexOf('=') >= 0 || quoteValue(k);
  }

  /**
   * One search per character rather than one test per character of {@code v}: String's search loops are compiled
   * early in every run, a loop here would be interpreted.
   */
  private static boolean quoteValue(String v) {
    return v.indexOf(' ') >= 0 || v.indexOf('\t') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('"') >= 0 || v.indexOf('`') >= 0;
  }
}
