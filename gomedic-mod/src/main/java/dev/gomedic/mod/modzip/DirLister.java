package dev.gomedic.mod.modzip;

import dev.gomedic.mod.gotext.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Go's listFilesInDir: walks a module directory in lexical order without following links, leaving out
 * version-control directories, directories with their own go.mod, vendored files and irregular files, and
 * offers the rest to {@link FileChecker}. Like Go's filepath.Walk, a root that is itself a symbolic link is
 * not followed.
 */
final class DirLister {
  private static final Set<String> VCS_DIRS = Set.of(".bzr", ".git", ".hg", ".svn");

  /** The files found and what the walk itself left out. */
  record Listing(List<ModuleFile> files, List<FileError> omitted) {}

  /** A file of the directory: its slash path, what the walk saw, and where it is. */
  private record DirFile(String path, Info info, Path file) implements ModuleFile {
    @Override
    public Info lstat() {
      return info;
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(file);
    }
  }

  private final List<ModuleFile> files = new ArrayList<>();
  private final List<FileError> omitted = new ArrayList<>();
  private final boolean newVendorRule;

  private DirLister(boolean newVendorRule) {
    this.newVendorRule = newVendorRule;
  }

  static Listing list(Path dir) throws IOException {
    boolean newRule = false;
    Path goMod = dir.resolve("go.mod");
    if (Files.isRegularFile(goMod)) {
      newRule = Vendoring.newRule(Vendoring.goVersion(Files.newInputStream(goMod)));
    }
    DirLister l = new DirLister(newRule);
    l.visit(dir, ".", true);
    return new Listing(l.files, l.omitted);
  }

  private void visit(Path file, String slashPath, boolean root) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (Vendoring.isVendored(slashPath, newVendorRule)) {
      omitted.add(new FileError(slashPath, Reason.VENDORED));
      if (!a.isDirectory()) {
        return;
      }
      // Go's walk goes on into a vendored directory; its files are left out one by one.
    } else if (a.isDirectory()) {
      if (!root && skipDirectory(file, slashPath)) {
        return;
      }
    } else {
      if (a.isRegularFile()) {
        files.add(new DirFile(slashPath, new ModuleFile.Info(ModuleFile.Type.REGULAR, a.size()), file));
      } else {
        omitted.add(new FileError(slashPath, Reason.NOT_REGULAR));
      }
      return;
    }
    for (Path child : sortedChildren(file)) {
      String name = child.getFileName().toString();
      visit(child, root ? name : slashPath + "/" + name, false);
    }
  }

  private boolean skipDirectory(Path dir, String slashPath) throws IOException {
    if (VCS_DIRS.contains(dir.getFileName().toString())) {
      omitted.add(new FileError(slashPath, Reason.VCS));
      return true;
    }
    Path goMod = dir.resolve("go.mod");
    if (Files.exists(goMod, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(goMod, LinkOption.NOFOLLOW_LINKS)) {
      omitted.add(new FileError(slashPath, Reason.SUBMODULE_DIR));
      return true;
    }
    return false;
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      ds.forEach(children::add);
    }
    children.sort((x, y) -> Utf8.compare(x.getFileName().toString(), y.getFileName().toString()));
    return children;
  }
}
