package dev.gomedic.mod.modzip;

import dev.gomedic.mod.dirhash.ZipEntries;
import dev.gomedic.mod.dirhash.ZipSizeException;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * Go's Unzip: checks the whole zip first, then writes each file below the target with an exclusive create,
 * read-only where the file system has POSIX permissions, and never more bytes than its header declared.
 */
final class Unzipper {
  private static final Set<OpenOption> EXCLUSIVE =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);

  private Unzipper() {}

  static void unzip(Path dir, ModuleVersion m, Path zipFile) throws IOException {
    if (hasEntries(dir)) {
      throw new ModZipException("target directory " + dir + " exists and is not empty");
    }
    ZipChecker.Result r = ZipChecker.check(m, zipFile);
    try (ZipEntries zip = r.zip()) {
      r.checked().throwIfInvalid();
      Files.createDirectories(dir);
      Path root = dir.toRealPath();
      String prefix = ZipChecker.prefix(m);
      for (ZipEntry zf : zip.entries()) {
        String name = zf.getName().substring(prefix.length());
        if (name.isEmpty() || name.endsWith("/")) {
          continue;
        }
        extract(zip, zf, root, name);
      }
    }
  }

  private static boolean hasEntries(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      return ds.iterator().hasNext();
    }
  }

  private static void extract(ZipEntries zip, ZipEntry zf, Path root, String name) throws IOException {
    Path dst = root.resolve(name).normalize();
    Path parent = dst.getParent();
    if (!dst.startsWith(root) || parent == null) {
      // The name checks make this impossible; refuse rather than trust them.
      throw new ModZipException("file " + zf.getName() + " would be written outside " + root);
    }
    Files.createDirectories(parent);
    if (!parent.toRealPath().startsWith(root)) {
      throw new ModZipException("file " + zf.getName() + " would be written outside " + root);
    }
    try (InputStream in = zip.open(zf); OutputStream out = createExclusive(dst)) {
      in.transferTo(out);
    } catch (ZipSizeException e) {
      throw new ModZipException("uncompressed size of file " + zf.getName()
          + " is larger than declared size (" + e.declared() + " bytes)", e);
    }
  }

  private static OutputStream createExclusive(Path dst) throws IOException {
    boolean posix = dst.getFileSystem().supportedFileAttributeViews().contains("posix");
    FileAttribute<?>[] attrs = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--r--r--"))}
        : new FileAttribute<?>[0];
    try {
      return Channels.newOutputStream(Files.newByteChannel(dst, EXCLUSIVE, attrs));
    } catch (FileAlreadyExistsException e) {
      throw new ModZipException("open " + dst + ": file exists", e);
    }
  }
}
