package dev.gomedic.mod.dirhash;

import dev.gomedic.mod.gotext.Utf8;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.zip.ZipEntry;

/** The {@code h1:} hash of a file set, a module zip, an extracted module tree or a go.mod. See the package documentation. */
public final class DirHash {
  private DirHash() {}

  /** Go's message for a file name that would break the summary's line structure. */
  public static final String NEWLINE_NAME = "dirhash: filenames with newlines are not supported";

  /** Runs each task in the calling thread. */
  private static final Executor IN_CALLER = Runnable::run;

  /** {@link #hash1(Collection, FileOpener, Executor)} reading one file after another in this thread. */
  public static String hash1(Collection<String> names, FileOpener open) throws IOException {
    return hash1(names, open, IN_CALLER);
  }

  /**
   * Go's dirhash.Hash1: the names sorted in UTF-8 byte order, a line {@code "<sha256 hex>  <name>\n"} for
   * each, and {@code "h1:" + base64(sha256(lines))}. The files are read by tasks on {@code executor}, so at
   * most as many are open at once as it has threads; each is streamed, never held whole. The error reported
   * is the one Go reports: that of the first file, in sorted order, that fails.
   *
   * @throws DirHashException {@link #NEWLINE_NAME} when a name holds '\n'
   */
  public static String hash1(Collection<String> names, FileOpener open, Executor executor)
      throws IOException {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Utf8::compare);
    int usable = 0;
    while (usable < sorted.size() && sorted.get(usable).indexOf('\n') < 0) {
      usable++;
    }
    List<CompletableFuture<String>> sums = new ArrayList<>(usable);
    for (String name : sorted.subList(0, usable)) {
      sums.add(CompletableFuture.supplyAsync(() -> sumOf(open, name), executor));
    }
    MessageDigest summary = Sha256.newDigest();
    for (int i = 0; i < usable; i++) {
      String line = await(sums.get(i)) + "  " + sorted.get(i) + "\n";
      summary.update(Utf8.encode(line));
    }
    if (usable < sorted.size()) {
      throw new DirHashException(NEWLINE_NAME);
    }
    return "h1:" + Base64.getEncoder().encodeToString(summary.digest());
  }

  private static String sumOf(FileOpener open, String name) {
    try {
      return Sha256.hexOf(open.open(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String await(CompletableFuture<String> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** The hash go.sum records on a {@code /go.mod} line: {@link #hash1} of the single file "go.mod". */
  public static String hashGoMod(byte[] data) throws IOException {
    return hash1(List.of("go.mod"), name -> new ByteArrayInputStream(data));
  }

  /** {@link #hashZip(Path, Executor)} in this thread. */
  public static String hashZip(Path zip) throws IOException {
    return hashZip(zip, IN_CALLER);
  }

  /**
   * Go's dirhash.HashZip: {@link #hash1} over every entry name in the zip, directory entries included (they
   * hash as empty files), each entry's bytes checked against its header. A module zip names its files
   * {@code path@version/...}, so this is the hash go.sum records for the module.
   */
  public static String hashZip(Path zip, Executor executor) throws IOException {
    try (ZipEntries z = ZipEntries.open(zip)) {
      List<String> names = new ArrayList<>();
      Map<String, ZipEntry> byName = new HashMap<>();
      for (ZipEntry e : z.entries()) {
        names.add(e.getName());
        byName.put(e.getName(), e);
      }
      return hash1(names, name -> z.open(byName.get(name)), executor);
    }
  }

  /**
   * The hash of a module's extracted tree, named as in its zip ({@code path@version/...}): what go mod verify
   * compares with the module's go.sum line.
   */
  public static String hashDir(Path dir, ModuleVersion m, Executor executor) throws IOException {
    return hashDir(dir, m.path() + "@" + m.version(), executor);
  }

  /** {@link #hashDir(Path, String, Executor)} in this thread. */
  public static String hashDir(Path dir, String prefix) throws IOException {
    return hashDir(dir, prefix, IN_CALLER);
  }

  /**
   * Go's dirhash.HashDir: {@link #hash1} over the files below {@code dir} named as {@link #dirFiles} names
   * them; {@code prefix} is usually {@code path@version}, making the result comparable with {@link
   * #hashZip} of the module's zip.
   */
  public static String hashDir(Path dir, String prefix, Executor executor) throws IOException {
    List<DirTree.Found> files = DirTree.files(dir, prefix);
    Map<String, Path> byName = new HashMap<>();
    List<String> names = new ArrayList<>(files.size());
    for (DirTree.Found f : files) {
      names.add(f.name());
      byName.put(f.name(), f.file());
    }
    return hash1(names, name -> Files.newInputStream(byName.get(name)), executor);
  }

  /**
   * The SHA-256 (lower-case hex) of every entry of a zip, keyed by entry name in UTF-8 order, directory
   * entries included as empty files: the lines {@link #hashZip} summarises, for saying which file differs.
   */
  public static Map<String, String> zipSums(Path zip, Executor executor) throws IOException {
    try (ZipEntries z = ZipEntries.open(zip)) {
      Map<String, ZipEntry> byName = new HashMap<>();
      for (ZipEntry e : z.entries()) {
        byName.put(e.getName(), e);
      }
      return sums(byName.keySet(), name -> z.open(byName.get(name)), executor);
    }
  }

  /** The SHA-256 of every file {@link #hashDir} names, keyed by that name in UTF-8 order. */
  public static Map<String, String> dirSums(Path dir, String prefix, Executor executor) throws IOException {
    Map<String, Path> byName = new HashMap<>();
    for (DirTree.Found f : DirTree.files(dir, prefix)) {
      byName.put(f.name(), f.file());
    }
    return sums(byName.keySet(), name -> Files.newInputStream(byName.get(name)), executor);
  }

  private static Map<String, String> sums(Collection<String> names, FileOpener open, Executor executor)
      throws IOException {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Utf8::compare);
    List<CompletableFuture<String>> futures = new ArrayList<>(sorted.size());
    for (String name : sorted) {
      futures.add(CompletableFuture.supplyAsync(() -> sumOf(open, name), executor));
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.put(sorted.get(i), await(futures.get(i)));
    }
    return out;
  }

  /**
   * Go's dirhash.DirFiles: every non-directory below {@code dir} (symbolic links included, not followed into
   * directories), in walk order, named {@code path.Join(prefix, relative slash path)}.
   *
   * @throws DirHashException {@code DIR is not a directory}
   */
  public static List<String> dirFiles(Path dir, String prefix) throws IOException {
    List<String> names = new ArrayList<>();
    for (DirTree.Found f : DirTree.files(dir, prefix)) {
      names.add(f.name());
    }
    return names;
  }
}
