package dev.gomedic.toolchain.install;

import dev.gomedic.toolchain.catalog.Catalog;
import dev.gomedic.toolchain.catalog.CrossCheck;
import dev.gomedic.toolchain.catalog.ReleaseFile;
import dev.gomedic.toolchain.fetch.Downloader;
import dev.gomedic.toolchain.fetch.ProgressListener;
import dev.gomedic.toolchain.verify.Keyring;
import dev.gomedic.toolchain.verify.PgpVerifier;
import dev.gomedic.toolchain.verify.Sha256;
import dev.gomedic.toolchain.verify.SignatureReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Installs one Go release the careful way: cross-check the catalog's entry against the embedded snapshot,
 * download (or reuse the cached download), check size and SHA-256 and optionally the OpenPGP signature, and only
 * then unpack into a hidden staging directory beside the target, check the tree, and rename it into place. A
 * per-release {@link InstallLock} makes concurrent installs (threads or processes) produce one install.
 */
public final class Installer {
  /**
   * What to install.
   *
   * @param file the catalog's entry for the archive (name, size, SHA-256)
   * @param goos the GOOS asked for
   * @param goarch the GOARCH asked for
   * @param trustCatalog skip the cross-check against the embedded snapshot (private catalogs)
   * @param allowMissingChecksum install a file the catalog gives no SHA-256 for (old releases)
   * @param pgpKeys when present, the archive's {@code .asc} signature must verify with these keys
   */
  public record Request(ReleaseFile file, String goos, String goarch, boolean trustCatalog,
      boolean allowMissingChecksum, Optional<Keyring> pgpKeys) {}

  /**
   * The outcome.
   *
   * @param goroot the installed GOROOT
   * @param alreadyInstalled true when it was there already (nothing downloaded)
   * @param notes what the user should know (a skipped cross-check, the signer)
   */
  public record Result(Path goroot, boolean alreadyInstalled, List<String> notes) {}

  private final Layout layout;
  private final Catalog snapshot;
  private final URI downloadBase;
  private final Downloader downloader;
  private final SafeExtractor extractor;
  private final GoTreeCheck treeCheck;
  private final Clock clock;

  public Installer(Layout layout, Catalog snapshot, URI downloadBase, Downloader downloader,
      SafeExtractor extractor, GoTreeCheck treeCheck, Clock clock) {
    this.layout = layout;
    this.snapshot = snapshot;
    this.downloadBase = downloadBase.toString().endsWith("/") ? downloadBase : URI.create(downloadBase + "/");
    this.downloader = downloader;
    this.extractor = extractor;
    this.treeCheck = treeCheck;
    this.clock = clock;
  }

  public Result install(Request req, ProgressListener progress) throws IOException {
    ReleaseFile f = req.file();
    String version = f.version();
    if (!version.matches("go[0-9][0-9a-z.]*")) {
      throw new InstallException(version + ": not a Go release name", true, null);
    }
    List<String> notes = new ArrayList<>();
    checkCatalogEntry(req, notes);
    Path target = layout.toolchain(version);
    if (Files.isRegularFile(target.resolve("VERSION"))) {
      return new Result(target, true, notes);
    }
    Files.createDirectories(layout.toolchains());
    Files.createDirectories(layout.lock(version).getParent());
    try (InstallLock lock = InstallLock.acquire(layout.lock(version))) {
      if (Files.isRegularFile(target.resolve("VERSION"))) {
        return new Result(target, true, notes);
      }
      removeStaleStaging(version);
      Path archive = fetchVerified(req, progress, notes);
      Path staging = Files.createTempDirectory(layout.toolchains(), Layout.stagingPrefix(version));
      try {
        extractor.extract(archive, staging);
        treeCheck.check(staging, version, req.goos(), req.goarch());
        try {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
          throw new InstallException(target + ": cannot move the new toolchain into place: " + e, false, e);
        }
      } catch (UnsafeArchiveException e) {
        deleteTree(staging);
        Files.deleteIfExists(archive);
        throw new InstallException(e.getMessage(), true, e);
      } catch (IOException | RuntimeException e) {
        // Whatever went wrong, the next attempt starts from a fresh download.
        deleteTree(staging);
        Files.deleteIfExists(archive);
        throw e;
      }
      return new Result(target, false, notes);
    }
  }

  private void checkCatalogEntry(Request req, List<String> notes) throws InstallException {
    ReleaseFile f = req.file();
    if (!f.hasSha256()) {
      if (!req.allowMissingChecksum()) {
        throw new InstallException(f.filename() + ": the catalog gives no SHA-256 for this file; refusing to"
            + " install it unchecked (--allow-missing-checksum to force)", true, null);
      }
      notes.add(f.filename() + ": installed WITHOUT a SHA-256 check (the catalog has none)");
    }
    if (req.trustCatalog()) {
      notes.add("--trust-catalog: the catalog's checksum was NOT cross-checked against the embedded snapshot");
      return;
    }
    CrossCheck cc = CrossCheck.of(snapshot, f);
    switch (cc.verdict()) {
      case MATCH -> { }
      case DIFFERS -> throw new InstallException(f.filename() + ": the catalog's SHA-256 " + f.sha256()
          + " differs from the embedded snapshot's " + cc.embeddedSha256()
          + ": refusing (the catalog or the mirror may have been tampered with)", true, null);
      case UNKNOWN -> throw new InstallException(f.filename() + ": not in gomedic's embedded release snapshot,"
          + " so its checksum cannot be cross-checked (update gomedic, or use --trust-catalog for a private"
          + " catalog)", true, null);
      default -> throw new IllegalStateException();
    }
  }

  private Path fetchVerified(Request req, ProgressListener progress, List<String> notes) throws IOException {
    ReleaseFile f = req.file();
    Path cached = layout.downloads().resolve(f.filename());
    URI url = downloadBase.resolve(f.filename());
    if (!Files.isRegularFile(cached)) {
      downloader.download(url, cached, f.size(), progress);
    }
    try {
      long size = Files.size(cached);
      if (f.size() >= 0 && size != f.size()) {
        throw new InstallException(f.filename() + ": downloaded " + size + " bytes, want " + f.size()
            + " (truncated or wrong file)", true, null);
      }
      if (f.hasSha256()) {
        String got = Sha256.of(cached);
        if (!got.equals(f.sha256())) {
          throw new InstallException(f.filename() + ": SHA-256 mismatch: got " + got + ", want " + f.sha256(),
              true, null);
        }
      }
      if (req.pgpKeys().isPresent()) {
        notes.add(checkSignature(req, cached, url, progress));
      }
      return cached;
    } catch (IOException e) {
      Files.deleteIfExists(cached);
      throw e;
    }
  }

  private String checkSignature(Request req, Path archive, URI url, ProgressListener progress) throws IOException {
    Path asc = archive.resolveSibling(archive.getFileName() + ".asc");
    Files.deleteIfExists(asc);
    downloader.download(URI.create(url + ".asc"), asc, -1, ProgressListener.NONE);
    try (InputStream in = Files.newInputStream(archive)) {
      if (Files.size(asc) > PgpVerifier.MAX_SIGNATURE_BYTES) {
        throw new InstallException(asc.getFileName() + ": signature file too large", true, null);
      }
      SignatureReport r = new PgpVerifier(req.pgpKeys().get(), clock).verify(in, Files.readAllBytes(asc));
      if (!r.passed()) {
        throw new InstallException(asc.getFileName() + ": " + r.detail(), true, null);
      }
      return "pgp: good signature from \"" + r.userId() + "\" (key " + r.fingerprint() + ")"
          + (r.detail().isEmpty() ? "" : "; " + r.detail());
    } finally {
      Files.deleteIfExists(asc);
    }
  }

  private void removeStaleStaging(String version) throws IOException {
    try (Stream<Path> s = Files.list(layout.toolchains())) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(Layout.stagingPrefix(version))).toList()) {
        deleteTree(p);
      }
    }
  }

  /** Deletes a tree without following symlinks. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
