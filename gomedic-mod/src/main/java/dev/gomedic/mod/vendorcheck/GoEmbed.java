package dev.gomedic.mod.vendorcheck;

import dev.gomedic.mod.gotext.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code //go:embed} patterns of a .go file, as go/build collects them: only in a file that imports
 * "embed", each directive at the start of a line, its arguments split at spaces, "double" or `back` quoted.
 */
final class GoEmbed {
  private static final Pattern IMPORT_BLOCK = Pattern.compile("(?m)^\\s*import\\s*\\(([^)]*)\\)");
  private static final Pattern IMPORT_LINE = Pattern.compile("(?m)^\\s*import\\s+(?:[\\p{L}\\p{N}_.]+\\s+)?(\"[^\"\\n]*\"|`[^`]*`)");
  private static final Pattern EMBED_SPEC = Pattern.compile("(?m)^\\s*(?:[\\p{L}\\p{N}_.]+\\s+)?\"embed\"\\s*(?://.*)?$");

  private GoEmbed() {}

  /** The patterns of every {@code //go:embed} line, in file order; a malformed line gives none. */
  static List<String> patterns(String content) {
    List<String> out = new ArrayList<>();
    if (!importsEmbed(content)) {
      return out;
    }
    for (String line : content.split("\n", -1)) {
      String s = line.stripLeading();
      if (!s.startsWith("//go:embed")) {
        continue;
      }
      String args = s.substring("//go:embed".length());
      if (!args.isEmpty() && !Character.isWhitespace(args.charAt(0))) {
        continue;
      }
      out.addAll(parse(args));
    }
    return out;
  }

  static boolean importsEmbed(String content) {
    Matcher m = IMPORT_LINE.matcher(content);
    while (m.find()) {
      if (m.group(1).equals("\"embed\"") || m.group(1).equals("`embed`")) {
        return true;
      }
    }
    Matcher b = IMPORT_BLOCK.matcher(content);
    while (b.find()) {
      if (EMBED_SPEC.matcher(b.group(1)).find()) {
        return true;
      }
    }
    return false;
  }

  /** go/build's parseGoEmbed; an unreadable quoted string drops the whole line, as go/build fails on it. */
  private static List<String> parse(String args) {
    List<String> list = new ArrayList<>();
    String a = args.strip();
    while (!a.isEmpty()) {
      String path;
      char c = a.charAt(0);
      if (c == '`') {
        int end = a.indexOf('`', 1);
        if (end < 0) {
          return List.of();
        }
        path = a.substring(1, end);
        a = a.substring(end + 1);
      } else if (c == '"') {
        int i = 1;
        while (i < a.length() && a.charAt(i) != '"') {
          i += a.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= a.length()) {
          return List.of();
        }
        try {
          path = GoQuote.unquote(a.substring(0, i + 1));
        } catch (RuntimeException e) {
          return List.of();
        }
        a = a.substring(i + 1);
      } else {
        int i = 0;
        while (i < a.length() && !Character.isWhitespace(a.charAt(i))) {
          i++;
        }
        path = a.substring(0, i);
        a = a.substring(i);
      }
      if (!a.isEmpty() && !Character.isWhitespace(a.charAt(0))) {
        return List.of();
      }
      list.add(path);
      a = a.strip();
    }
    return list;
  }
}
