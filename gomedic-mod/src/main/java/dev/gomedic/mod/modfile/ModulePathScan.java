package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.gotext.GoSpace;

/** Finds a module path in go.mod text line by line, without parsing the rest of the file. */
final class ModulePathScan {
  private ModulePathScan() {}

  static String find(String text) {
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      String line = nl < 0 ? text.substring(start) : text.substring(start, nl);
      start = nl < 0 ? text.length() : nl + 1;
      int slash = line.indexOf("//");
      if (slash >= 0) {
        line = line.substring(0, slash);
      }
      line = GoSpace.trimSpace(line);
      if (!line.startsWith("module")) {
        continue;
      }
      line = line.substring("module".length());
      int n = line.length();
      line = GoSpace.trimSpace(line);
      if (line.length() == n || line.isEmpty()) {
        continue;
      }
      if (line.charAt(0) == '"') {
        try {
          return GoQuote.unquote(line);
        } catch (IllegalArgumentException e) {
          return "";
        }
      }
      if (line.charAt(0) == '`') {
        boolean ok = line.length() >= 2 && line.endsWith("`") && line.indexOf('`', 1) == line.length() - 1;
        return ok ? line.substring(1, line.length() - 1).replace("\r", "") : "";
      }
      return line;
    }
    return "";
  }
}
