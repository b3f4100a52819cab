package dev.gomedic.goenv;

/**
 * Go's {@code path/filepath} lexical rules, for either OS: {@code Clean} (one separator, no {@code .}, no
 * {@code x/..}, no trailing separator) and {@code IsAbs}. Applied to strings, as the go command does, so that
 * printed values match byte for byte.
 */
final class FilePaths {
  private FilePaths() {}

  static boolean isAbs(String p, boolean windows) {
    if (!windows) {
      return p.startsWith("/");
    }
    int vol = volumeLength(p);
    if (vol == 0) {
      return false;
    }
    if (vol > 2) {
      return true; // UNC
    }
    return p.length() > vol && isSep(p.charAt(vol), true);
  }

  static String clean(String path, boolean windows) {
    int vol = windows ? volumeLength(path) : 0;
    String volume = path.substring(0, vol);
    String p = path.substring(vol);
    if (p.isEmpty()) {
      if (vol > 1 && windows && volume.charAt(1) != ':') {
        return volume.replace('/', '\\');
      }
      return volume + ".";
    }
    char sep = windows ? '\\' : '/';
    boolean rooted = isSep(p.charAt(0), windows);
    StringBuilder out = new StringBuilder();
    int n = p.length();
    int r = 0;
    int dotdot = 0;
    if (rooted) {
      out.append(sep);
      r = 1;
      dotdot = 1;
    }
    while (r < n) {
      char c = p.charAt(r);
      if (isSep(c, windows)) {
        r++;
      } else if (c == '.' && (r + 1 == n || isSep(p.charAt(r + 1), windows))) {
        r++;
      } else if (c == '.' && p.charAt(r + 1) == '.' && (r + 2 == n || isSep(p.charAt(r + 2), windows))) {
        r += 2;
        if (out.length() > dotdot) {
          int w = out.length() - 1;
          while (w > dotdot && !isSep(out.charAt(w), windows)) {
            w--;
          }
          out.setLength(w);
        } else if (!rooted) {
          if (out.length() > 0) {
            out.append(sep);
          }
          out.append("..");
          dotdot = out.length();
        }
      } else {
        if ((rooted && out.length() != 1) || (!rooted && out.length() != 0)) {
          out.append(sep);
        }
        while (r < n && !isSep(p.charAt(r), windows)) {
          out.append(p.charAt(r));
          r++;
        }
      }
    }
    if (out.length() == 0) {
      out.append('.');
    }
    String s = out.toString();
    if (windows) {
      s = s.replace('/', '\\');
    }
    return volume + s;
  }

  private static boolean isSep(char c, boolean windows) {
    return c == '/' || (windows && c == '\\');
  }

  /** Length of a Windows volume name: {@code C:} or {@code \\server\share}. */
  private static int volumeLength(String p) {
    if (p.length() >= 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0))) {
      return 2;
    }
    if (p.length() >= 5 && isSep(p.charAt(0), true) && isSep(p.charAt(1), true) && !isSep(p.charAt(2), true)
        && p.charAt(2) != '.') {
      int n = 3;
      while (n < p.length() && !isSep(p.charAt(n), true)) {
        n++;
      }
      if (n < p.length()) {
        n++;
        while (n < p.length() && !isSep(p.charAt(n), true)) {
          n++;
        }
        return n;
      }
    }
    return 0;
  }
}
