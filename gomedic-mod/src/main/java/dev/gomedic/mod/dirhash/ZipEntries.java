package dev.gomedic.mod.dirhash;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip file read the way Go's archive/zip reads it: every central-directory entry in order (duplicates
 * included), and each entry's bytes checked against its declared size and CRC-32 while they are read. A
 * directory entry ({@code name/}) reads as empty, or fails with {@code zip: not a valid zip file} if it
 * declares an uncompressed size other than 0 (Go's rule; a compressed size above 0 is tolerated, since Java's
 * ZipOutputStream and jar tool deflate even empty directory entries, and go 1.19 hashes those as empty files).
 * Safe to read from several threads at once.
 *
 * <p>Differences from Go that remain: the JDK rejects entry names that are not valid UTF-8 when the archive
 * is opened, and of two entries with the same name only one can be opened (the JDK looks entries up by
 * name).
 */
public final class ZipEntries implements Closeable {
  private final ZipFile zip;
  private final List<ZipEntry> entries;
  private final Path temporary;

  private ZipEntries(ZipFile zip, Path temporary) {
    this.zip = zip;
    this.temporary = temporary;
    List<ZipEntry> all = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
      all.add(e.nextElement());
    }
    this.entries = Collections.unmodifiableList(all);
  }

  /**
   * Opens a zip file. One on another file system than the default (a test's in-memory one) is read from a
   * temporary copy, deleted on {@link #close()}: the JDK's ZipFile reads only local files.
   *
   * @throws DirHashException {@code zip: not a valid zip file} when the JDK cannot read its directory
   */
  public static ZipEntries open(Path file) throws IOException {
    Path temporary = null;
    Path local = file;
    if (file.getFileSystem() != FileSystems.getDefault()) {
      temporary = Files.createTempFile("gomedic-zip", ".zip");
      Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
      local = temporary;
    }
    try {
      return new ZipEntries(new ZipFile(local.toFile()), temporary);
    } catch (ZipException e) {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
      throw new DirHashException(CheckedEntryStream.NOT_VALID, e);
    }
  }

  /** Every entry of the central directory, in its order. */
  public List<ZipEntry> entries() {
    return entries;
  }

  /** The entry's bytes, checked against its header as they are read. */
  public InputStream open(ZipEntry entry) throws IOException {
    if (entry.isDirectory()) {
      if (entry.getSize() > 0) {
        throw new DirHashException(CheckedEntryStream.NOT_VALID);
      }
      return new ByteArrayInputStream(new byte[0]);
    }
    InputStream raw;
    try {
      raw = zip.getInputStream(entry);
    } catch (ZipException e) {
      throw new DirHashException(CheckedEntryStream.NOT_VALID, e);
    }
    return new CheckedEntryStream(raw, entry.getSize(), entry.getCrc());
  }

  @Override
  public void close() throws IOException {
    try {
      zip.close();
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
