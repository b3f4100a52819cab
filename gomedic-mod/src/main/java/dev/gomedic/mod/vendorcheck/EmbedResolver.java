package dev.gomedic.mod.vendorcheck;

import dev.gomedic.mod.module.ModulePath;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * cmd/go's load.ResolveEmbed over the files of a module: which files {@code //go:embed} patterns of a package
 * select, relative to the package directory, with its error messages ({@code pattern P: no matching files
 * found}, {@code cannot embed directory D: contains no embeddable files}, ...).
 */
final class EmbedResolver {
  private final NavigableSet<String> files;
  private final Set<String> dirs = new TreeSet<>();

  /** A resolver over a module's files (slash paths from the module root). */
  EmbedResolver(NavigableSet<String> files) {
    this.files = files;
    for (String f : files) {
      for (int i = f.indexOf('/'); i >= 0; i = f.indexOf('/', i + 1)) {
        dirs.add(f.substring(0, i));
      }
    }
  }

  /** The embedded files of the package in {@code pkgDir} ("" for the module root), relative to it. */
  NavigableSet<String> resolve(String pkgDir, List<String> patterns) throws EmbedException {
    String base = pkgDir.isEmpty() ? "" : pkgDir + "/";
    NavigableSet<String> out = new TreeSet<>();
    for (String pattern : patterns) {
      boolean all = pattern.startsWith("all:");
      String glob = all ? pattern.substring(4) : pattern;
      if (!GoGlob.valid(glob) || glob.equals(".") || !validPath(glob)) {
        throw new EmbedException(pattern, "invalid pattern syntax");
      }
      int found = 0;
      for (String rel : candidates(base)) {
        if (!GoGlob.match(glob, rel)) {
          continue;
        }
        boolean isDir = dirs.contains(base + rel);
        String what = isDir ? "directory" : "file";
        checkPath(pattern, base, rel, what);
        if (!isDir) {
          out.add(rel);
          found++;
          continue;
        }
        int count = 0;
        if (!files.contains(base + rel + "/go.mod")) {
          for (String f : files.subSet(base + rel + "/", true, base + rel + "0", false)) {
            if (embeddable(f.substring(base.length() + rel.length() + 1), base + rel, all)) {
              out.add(f.substring(base.length()));
              count++;
            }
          }
        }
        if (count == 0) {
          throw new EmbedException(pattern, "cannot embed directory " + rel + ": contains no embeddable files");
        }
        found += count;
      }
      if (found == 0) {
        throw new EmbedException(pattern, "no matching files found");
      }
    }
    return out;
  }

  /** Every file and directory below {@code base}, relative to it. */
  private List<String> candidates(String base) {
    List<String> out = new ArrayList<>();
    for (String d : dirs) {
      if (d.startsWith(base) && d.length() > base.length()) {
        out.add(d.substring(base.length()));
      }
    }
    for (String f : base.isEmpty() ? files : files.subSet(base, true, base.substring(0, base.length() - 1) + "0",
        false)) {
      out.add(f.substring(base.length()));
    }
    return out;
  }

  /** The directories from the match up to the package must not start a module or have bad names. */
  private void checkPath(String pattern, String base, String rel, String what) throws EmbedException {
    String[] elems = rel.split("/");
    for (int n = elems.length; n >= 1; n--) {
      String dir = String.join("/", java.util.Arrays.copyOf(elems, n));
      if (files.contains(base + dir + "/go.mod")) {
        throw new EmbedException(pattern, "cannot embed " + what + " " + rel + ": in different module");
      }
      if (bad(elems[n - 1])) {
        throw new EmbedException(pattern, n == elems.length ? "cannot embed " + what + " " + rel + ": invalid name "
            + elems[n - 1] : "cannot embed " + what + " " + rel + ": in invalid directory " + elems[n - 1]);
      }
    }
  }

  /** Whether a file found below a matched directory is embedded (hidden names only with "all:"). */
  private boolean embeddable(String below, String matchedDir, boolean all) {
    String[] elems = below.split("/");
    String dir = matchedDir;
    for (int i = 0; i < elems.length; i++) {
      String e = elems[i];
      if (bad(e) || (!all && (e.startsWith(".") || e.startsWith("_")))) {
        return false;
      }
      if (i < elems.length - 1) {
        dir = dir + "/" + e;
        if (files.contains(dir + "/go.mod")) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean bad(String name) {
    return name.isEmpty() || !ModulePath.isValidFilePath(name)
        || Set.of(".bzr", ".hg", ".git", ".svn").contains(name);
  }

  /** io/fs.ValidPath: unrooted, slash-separated, no empty, "." or ".." elements. */
  private static boolean validPath(String p) {
    if (p.equals(".")) {
      return true;
    }
    for (String e : p.split("/", -1)) {
      if (e.isEmpty() || e.equals(".") || e.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** A pattern go mod vendor would stop at: {@code pattern P: MESSAGE}. */
  static final class EmbedException extends Exception {
    private static final long serialVersionUID = 1L;

    EmbedException(String pattern, String message) {
      super("pattern " + pattern + ": " + message, null, false, false);
    }
  }
}
