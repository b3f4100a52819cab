package dev.gomedic.mod.modzip;

import dev.gomedic.mod.gotext.GoPath;
import dev.gomedic.mod.gotext.GoQuote;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds paths equal under case folding, paths that are both a file and a directory, and repeated files
 * (Go's collisionChecker). Every parent directory of a path is recorded as a directory.
 */
final class Collisions {
  private record Seen(String path, boolean isDir) {}

  private final Map<String, Seen> byFold = new HashMap<>();

  /** Records {@code p} and its parents; Go's message for the first conflict, or null. */
  String check(String p, boolean isDir) {
    while (true) {
      String fold = CaseFold.fold(p);
      Seen other = byFold.get(fold);
      if (other == null) {
        byFold.put(fold, new Seen(p, isDir));
      } else if (!p.equals(other.path())) {
        return "case-insensitive file name collision: " + GoQuote.quote(other.path()) + " and "
            + GoQuote.quote(p);
      } else if (isDir != other.isDir()) {
        return "entry " + GoQuote.quote(p) + " is both a file and a directory";
      } else if (!isDir) {
        return "multiple entries for file " + GoQuote.quote(p);
      }
      String parent = GoPath.dir(p);
      if (parent.equals(".")) {
        return null;
      }
      p = parent;
      isDir = true;
    }
  }
}
