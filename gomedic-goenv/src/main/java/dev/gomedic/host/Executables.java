package dev.gomedic.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Go's rule for "this file would run": a regular file (after symlinks) with any execute bit; any file on Windows. */
final class Executables {
  private Executables() {}

  static boolean isExecutable(Host host, Path p) {
    try {
      if (!Files.isRegularFile(p)) {
        return false;
      }
      if (host.os() == GoOs.WINDOWS) {
        return true;
      }
      PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
      if (view == null) {
        return Files.isExecutable(p);
      }
      Set<PosixFilePermission> perms = view.readAttributes().permissions();
      return perms.contains(PosixFilePermission.OWNER_EXECUTE)
          || perms.contains(PosixFilePermission.GROUP_EXECUTE)
          || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  static boolean isDirectoryNoFollow(Path p) {
    return Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
  }
}
