package dev.gomedic.mod.gotext;

/**
 * Go's {@code path} package for slash-separated paths: {@link #clean}, {@link #join}, {@link #isAbs}, {@link
 * #dir}, {@link #base}. Purely textual; the file system is never consulted.
 */
public final class GoPath {
  private GoPath() {}

  /**
   * The shortest path equivalent by lexical processing (path.Clean): one slash between elements, no "."
   * elements, ".." removing the element before it ("/.." at the root is "/"), "." for an empty result.
   */
  public static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    StringBuilder out = new StringBuilder(path.length());
    if (rooted) {
      out.append('/');
    }
    int floor = out.length(); // ".." may not remove below this point
    int n = path.length();
    int r = rooted ? 1 : 0;
    while (r < n) {
      int end = path.indexOf('/', r);
      if (end < 0) {
        end = n;
      }
      String elem = path.substring(r, end);
      r = end + 1;
      if (elem.isEmpty() || elem.equals(".")) {
        continue;
      }
      if (elem.equals("..")) {
        if (out.length() > floor) {
          int cut = out.lastIndexOf("/");
          out.setLength(Math.max(cut, floor));
        } else if (!rooted) {
          appendElement(out, rooted, "..");
          floor = out.length();
        }
        continue;
      }
      appendElement(out, rooted, elem);
    }
    return out.length() == 0 ? "." : out.toString();
  }

  private static void appendElement(StringBuilder out, boolean rooted, String elem) {
    if (out.length() > (rooted ? 1 : 0)) {
      out.append('/');
    }
    out.append(elem);
  }

  /** path.Join: the non-empty elements joined by slashes, then cleaned; "" when all are empty. */
  public static String join(String... elems) {
    StringBuilder sb = new StringBuilder();
    for (String e : elems) {
      if (!e.isEmpty()) {
        if (sb.length() > 0) {
          sb.append('/');
        }
        sb.append(e);
      }
    }
    return sb.length() == 0 ? "" : clean(sb.toString());
  }

  /** path.IsAbs: whether the path starts with a slash. */
  public static boolean isAbs(String path) {
    return !path.isEmpty() && path.charAt(0) == '/';
  }

  /** The part of path.Split before the last slash, slash included ("" when there is none). */
  public static String splitDir(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** path.Dir: everything but the last element, cleaned ("." when there is none). */
  public static String dir(String path) {
    return clean(splitDir(path));
  }

  /** path.Base: the last element after trailing slashes are removed; "." for "", "/" for only slashes. */
  public static String base(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    if (end == 0) {
      return "/";
    }
    return path.substring(path.lastIndexOf('/', end - 1) + 1, end);
  }
}
