package dev.gomedic.mod.dirhash;

import dev.gomedic.mod.gotext.GoPath;
import dev.gomedic.mod.gotext.Utf8;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The walk behind HashDir: like Go's filepath.Walk, lexical order, links never followed into directories. */
final class DirTree {
  private DirTree() {}

  /** A file found: its name for the hash and where it is. */
  record Found(String name, Path file) {}

  static List<Found> files(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.NoSuchFileException(dir.toString());
      }
      throw new DirHashException(dir + " is not a directory");
    }
    List<Found> out = new ArrayList<>();
    walk(dir, "", prefix, out);
    return out;
  }

  private static void walk(Path dir, String rel, String prefix, List<Found> out) throws IOException {
    for (Path child : sortedChildren(dir)) {
      String name = child.getFileName().toString();
      String childRel = rel.isEmpty() ? name : rel + "/" + name;
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        walk(child, childRel, prefix, out);
      } else {
        out.add(new Found(GoPath.join(prefix, childRel), child));
      }
    }
  }

  /** The entries of a directory sorted by the UTF-8 bytes of their names, as Go's readDirNames sorts them. */
  static List<Path> sortedChildren(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(children::add);
    }
    children.sort((a, b) -> Utf8.compare(a.getFileName().toString(), b.getFileName().toString()));
    return children;
  }
}
