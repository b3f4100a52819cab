package dev.gomedic.toolchain.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.release.ReleaseServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSourceTest {
  @TempDir Path dir;

  static final String ONE = "[{\"version\":\"go1.30.1\",\"stable\":true,\"files\":[]}]";
  static final String TWO = "[{\"version\":\"go1.30.2\",\"stable\":true,\"files\":[]}]";

  @Test
  void cachesFallsBackAndRefreshes() throws Exception {
    Downloader d = new Downloader(Downloader.Options.defaults().withAttempts(1, Duration.ZERO));
    try (ReleaseServer server = new ReleaseServer()) {
      Path index = dir.resolve("index.json");
      Files.writeString(index, ONE);
      server.serve("index.json", index, ReleaseServer.Mode.NORMAL);
      URI url = URI.create(server.base() + "index.json");
      Path cache = dir.resolve("cache.json");
      Instant now = Instant.now();
      CatalogSource src = new CatalogSource(url, cache, d, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(1));

      CatalogSource.Loaded first = src.load(false);
      assertThat(first.catalog().releases().get(0).version()).isEqualTo("go1.30.1");
      assertThat(first.origin()).isEqualTo(url.toString());

      Files.writeString(index, TWO);
      CatalogSource later = new CatalogSource(url, cache, d, Clock.fixed(now.plusSeconds(600), ZoneOffset.UTC),
          Duration.ofHours(1));
      CatalogSource.Loaded cached = later.load(false);
      assertThat(cached.catalog().releases().get(0).version()).as("fresh cache is reused").isEqualTo("go1.30.1");
      assertThat(cached.age()).contains(Duration.ofSeconds(600));
      assertThat(later.load(true).catalog().releases().get(0).version()).as("--refresh").isEqualTo("go1.30.2");
    }
    // The server is gone: a stale cache is used and said so; with no cache, the embedded snapshot.
    Path cache = dir.resolve("cache.json");
    CatalogSource stale = new CatalogSource(URI.create("http://127.0.0.1:9/none.json"), cache, d,
        Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC), Duration.ofHours(1));
    CatalogSource.Loaded s = stale.load(false);
    assertThat(s.catalog().releases().get(0).version()).isEqualTo("go1.30.2");
    assertThat(s.note()).contains("using the cached copy");
    CatalogSource none = new CatalogSource(URI.create("http://127.0.0.1:9/none.json"), dir.resolve("nocache.json"),
        d, Clock.systemUTC(), Duration.ofHours(1));
    CatalogSource.Loaded e = none.load(false);
    assertThat(e.origin()).isEqualTo("embedded snapshot");
    assertThat(e.note()).contains("using the embedded snapshot");
    assertThat(e.catalog().releases()).hasSize(363);
  }
}
