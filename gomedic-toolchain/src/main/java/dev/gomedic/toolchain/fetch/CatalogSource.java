package dev.gomedic.toolchain.fetch;

import dev.gomedic.toolchain.catalog.Catalog;
import dev.gomedic.toolchain.catalog.CatalogException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The release catalog from a URL ({@code https://go.dev/dl/?mode=json&include=all} or a mirror), cached in a
 * file and reused while younger than a maximum age; the embedded snapshot when neither network nor cache works.
 */
public final class CatalogSource {
  /** The official catalog URL. */
  public static final URI DEFAULT_URL = URI.create("https://go.dev/dl/?mode=json&include=all");

  /**
   * A loaded catalog and where it came from.
   *
   * @param catalog the releases
   * @param origin the URL, the cache file, or "embedded snapshot"
   * @param age how old the cached copy is (empty for a fresh download or the snapshot)
   * @param note why a fallback was used, or ""
   */
  public record Loaded(Catalog catalog, String origin, Optional<Duration> age, String note) {}

  private final URI url;
  private final Path cacheFile;
  private final Downloader downloader;
  private final Clock clock;
  private final Duration maxAge;

  public CatalogSource(URI url, Path cacheFile, Downloader downloader, Clock clock, Duration maxAge) {
    this.url = url;
    this.cacheFile = cacheFile;
    this.downloader = downloader;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** Loads the catalog: the cache while fresh (unless {@code refresh}), else the network, else fallbacks. */
  public Loaded load(boolean refresh) {
    Optional<Duration> age = age();
    if (!refresh && age.isPresent() && age.get().compareTo(maxAge) < 0) {
      Optional<Catalog> cached = readCache();
      if (cached.isPresent()) {
        return new Loaded(cached.get(), url + " (cached " + cacheFile + ")", age, "");
      }
    }
    String problem;
    try {
      Path tmp = cacheFile.resolveSibling(cacheFile.getFileName() + ".download");
      Files.deleteIfExists(tmp);
      downloader.download(url, tmp, -1, ProgressListener.NONE);
      Catalog c = Catalog.parse(Files.readAllBytes(tmp), url.toString());
      Files.move(tmp, cacheFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      Files.setLastModifiedTime(cacheFile, FileTime.from(clock.instant()));
      return new Loaded(c, url.toString(), Optional.empty(), "");
    } catch (IOException | CatalogException e) {
      problem = e.getMessage();
    }
    Optional<Catalog> cached = readCache();
    if (cached.isPresent()) {
      return new Loaded(cached.get(), url + " (cached " + cacheFile + ")", age(),
          "could not refresh the release list (" + problem + "); using the cached copy");
    }
    return new Loaded(Catalog.embedded(), "embedded snapshot", Optional.empty(),
        "could not fetch the release list (" + problem + "); using the embedded snapshot");
  }

  private Optional<Duration> age() {
    try {
      Instant m = Files.getLastModifiedTime(cacheFile).toInstant();
      return Optional.of(Duration.between(m, clock.instant()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<Catalog> readCache() {
    try {
      if (Files.size(cacheFile) > Catalog.MAX_BYTES) {
        return Optional.empty();
      }
      return Optional.of(Catalog.parse(Files.readAllBytes(cacheFile), cacheFile.toString()));
    } catch (IOException | CatalogException e) {
      return Optional.empty();
    }
  }
}
