package dev.gomedic.toolchain.install;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a Go release archive ({@code .tar.gz} or {@code .zip}, every entry under {@code go/}) into an empty
 * directory, refusing anything that could write outside it or exhaust the disk: absolute names, {@code ..},
 * symlinks whose target leaves the tree, hard links, devices and FIFOs, more than {@link Limits#maxEntries()}
 * entries, more than {@link Limits#maxBytes()} bytes, or more than {@link Limits#maxRatio()} times the
 * archive's size.
 */
public final class SafeExtractor {
  /** The limits: Go 1.22's linux-amd64 archive has ~14,000 entries, 230 MB unpacked, ratio ~3.5. */
  public record Limits(long maxBytes, int maxEntries, double maxRatio) {
    public static Limits defaults() {
      return new Limits(2L << 30, 200_000, 20.0);
    }
  }

  private final Limits limits;

  public SafeExtractor(Limits limits) {
    this.limits = limits;
  }

  /** Unpacks {@code archive} into {@code dest} (created if missing, must be empty), without the go/ prefix. */
  public void extract(Path archive, Path dest) throws IOException {
    Files.createDirectories(dest);
    String name = archive.getFileName().toString();
    long budget = (long) Math.min(limits.maxBytes(), Math.max(1 << 20, Files.size(archive) * limits.maxRatio()));
    State st = new State(name, dest.toRealPath(), budget);
    if (name.endsWith(".zip")) {
      extractZip(archive, st);
    } else if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      extractTar(archive, st);
    } else {
      throw new UnsafeArchiveException(name, "", "unknown archive format (want .tar.gz or .zip)");
    }
    for (Path link : st.symlinks) {
      String rel = "go/" + st.root.relativize(link);
      if (!Files.exists(link)) {
        // A dangling link could start pointing outside once a directory it passes through is created.
        throw new UnsafeArchiveException(name, rel, "symlink target does not exist in the tree");
      }
      if (!link.toRealPath().startsWith(st.root)) {
        throw new UnsafeArchiveException(name, rel, "symlink resolves outside the tree");
      }
    }
  }

  private final class State {
    final String archive;
    final Path root;
    final long budget;
    long written;
    int entries;
    final List<Path> symlinks = new ArrayList<>();

    State(String archive, Path root, long budget) {
      this.archive = archive;
      this.root = root;
      this.budget = budget;
    }

    Path target(String entry) throws IOException {
      if (++entries > limits.maxEntries()) {
        throw new UnsafeArchiveException(archive, "", "more than " + limits.maxEntries() + " entries");
      }
      if (entry.indexOf('\0') >= 0 || entry.indexOf('\\') >= 0) {
        throw new UnsafeArchiveException(archive, entry, "invalid character in name");
      }
      if (entry.startsWith("/") || entry.matches("^[A-Za-z]:.*")) {
        throw new UnsafeArchiveException(archive, entry, "absolute path");
      }
      String[] parts = entry.split("/");
      for (String p : parts) {
        if (p.equals("..")) {
          throw new UnsafeArchiveException(archive, entry, "path contains ..");
        }
      }
      if (!parts[0].equals("go") ) {
        throw new UnsafeArchiveException(archive, entry, "entry outside the go/ directory");
      }
      Path t = root;
      for (int i = 1; i < parts.length; i++) {
        if (!parts[i].isEmpty() && !parts[i].equals(".")) {
          t = t.resolve(parts[i]);
        }
      }
      Path parent = t.getParent() == null ? root : t.getParent();
      if (!t.equals(root)) {
        Files.createDirectories(parent);
        if (!parent.toRealPath().startsWith(root)) {
          throw new UnsafeArchiveException(archive, entry, "parent directory resolves outside the tree");
        }
      }
      if (Files.isSymbolicLink(t)) {
        throw new UnsafeArchiveException(archive, entry, "would overwrite a symlink");
      }
      return t;
    }

    void write(String entry, Path t, InputStream data, boolean executable) throws IOException {
      try (OutputStream out = Files.newOutputStream(t)) {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = data.read(buf)) > 0; ) {
          written += n;
          if (written > budget) {
            throw new UnsafeArchiveException(archive, entry, "unpacks to more than " + budget
                + " bytes (limit: " + limits.maxRatio() + "x the archive, at most " + limits.maxBytes()
                + "): refusing a possible zip bomb");
          }
          out.write(buf, 0, n);
        }
      }
      if (executable) {
        try {
          Set<PosixFilePermission> p = Files.getPosixFilePermissions(t);
          p.add(PosixFilePermission.OWNER_EXECUTE);
          p.add(PosixFilePermission.GROUP_EXECUTE);
          p.add(PosixFilePermission.OTHERS_EXECUTE);
          Files.setPosixFilePermissions(t, p);
        } catch (UnsupportedOperationException ignored) {
          // Windows: no execute bit
        }
      }
    }

    void symlink(String entry, Path t, String target) throws IOException {
      if (target.isEmpty() || target.startsWith("/") || target.matches("^[A-Za-z]:.*") || target.indexOf('\\') >= 0) {
        throw new UnsafeArchiveException(archive, entry, "symlink to absolute path " + target);
      }
      Path resolved = t.getParent().resolve(target).normalize();
      if (!resolved.startsWith(root)) {
        throw new UnsafeArchiveException(archive, entry, "symlink points outside the tree: " + target);
      }
      Files.createSymbolicLink(t, Path.of(target));
      symlinks.add(t);
    }
  }

  private void extractTar(Path archive, State st) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        InputStream gz = new GZIPInputStream(raw, 1 << 16)) {
      TarReader tar = new TarReader(gz);
      for (TarReader.Entry e; (e = tar.next()) != null; ) {
        switch (e.type()) {
          case HARDLINK -> throw new UnsafeArchiveException(st.archive, e.name(), "hard links are not allowed");
          case SPECIAL -> throw new UnsafeArchiveException(st.archive, e.name(),
              "device files, FIFOs and other special entries are not allowed");
          default -> { }
        }
        Path t = st.target(e.name());
        switch (e.type()) {
          case DIR -> Files.createDirectories(t);
          case FILE -> st.write(e.name(), t, tar.data(), (e.mode() & 0111) != 0);
          case SYMLINK -> st.symlink(e.name(), t, e.linkName());
          default -> throw new IllegalStateException();
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new IOException(st.archive + ": not a gzip file: " + e.getMessage(), e);
    }
  }

  private void extractZip(Path archive, State st) throws IOException {
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      Enumeration<? extends ZipEntry> en = zip.entries();
      while (en.hasMoreElements()) {
        ZipEntry e = en.nextElement();
        Path t = st.target(e.getName());
        if (e.isDirectory()) {
          Files.createDirectories(t);
          continue;
        }
        if (e.getCompressedSize() > 0 && e.getSize() > e.getCompressedSize() * Math.max(limits.maxRatio(), 100)) {
          throw new UnsafeArchiveException(st.archive, e.getName(), "compression ratio "
              + (e.getSize() / e.getCompressedSize()) + ":1 is too high: refusing a possible zip bomb");
        }
        try (InputStream in = zip.getInputStream(e)) {
          st.write(e.getName(), t, in, false);
        }
      }
    }
  }

}
