package dev.gomedic.mod.vendorcheck;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.dirhash.ZipEntries;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;

/** The files of one module version as {@code go mod vendor} copies them from: a module zip, or a directory replacement. */
final class ModuleSource implements Closeable {
  private final NavigableSet<String> files;
  private final Opener opener;
  private final Closeable closer;

  private interface Opener {
    InputStream open(String name) throws IOException;
  }

  private ModuleSource(NavigableSet<String> files, Opener opener, Closeable closer) {
    this.files = Collections.unmodifiableNavigableSet(files);
    this.opener = opener;
    this.closer = closer;
  }

  /** The files of {@code zip} below {@code path@version/}, named relative to it; directory entries left out. */
  static ModuleSource zip(Path zip, ModuleVersion m) throws IOException {
    ZipEntries z = ZipEntries.open(zip);
    String prefix = m.path() + "@" + m.version() + "/";
    Map<String, ZipEntry> byName = new HashMap<>();
    for (ZipEntry e : z.entries()) {
      if (!e.isDirectory() && e.getName().startsWith(prefix)) {
        byName.put(e.getName().substring(prefix.length()), e);
      }
    }
    return new ModuleSource(new TreeSet<>(byName.keySet()), name -> z.open(byName.get(name)), z);
  }

  /** The regular files below {@code dir} (a directory replacement), as slash paths. */
  static ModuleSource dir(Path dir) throws IOException {
    NavigableSet<String> files = new TreeSet<>();
    for (String name : DirHash.dirFiles(dir, "")) {
      if (Files.isRegularFile(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        files.add(name);
      }
    }
    return new ModuleSource(files, name -> Files.newInputStream(dir.resolve(name)), () -> {});
  }

  /** Every file, relative to the module root. */
  NavigableSet<String> files() {
    return files;
  }

  byte[] read(String name) throws IOException {
    try (InputStream in = opener.open(name)) {
      return in.readAllBytes();
    }
  }

  @Override
  public void close() throws IOException {
    closer.close();
  }
}
