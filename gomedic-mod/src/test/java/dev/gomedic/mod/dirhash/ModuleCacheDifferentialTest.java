package dev.gomedic.mod.dirhash;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every module zip in the local module cache (go env GOMODCACHE of the real go 1.19) against the {@code
 * .ziphash} go wrote next to it, and the extracted tree, where there is one, against the same sum. Skips when
 * the cache holds no zips; GoDownloadDifferentialTest in modzip fills a cache of its own.
 */
class ModuleCacheDifferentialTest {
  private static Path moduleCache() throws IOException, InterruptedException {
    Process p = new ProcessBuilder(Oracle.requireGo().toString(), "env", "GOMODCACHE")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8).trim();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("go env finished").isTrue();
    return Path.of(out);
  }

  @Test
  void everyCachedZipMatchesItsZiphash() throws Exception {
    Path cache = moduleCache();
    Path download = cache.resolve("cache/download");
    assumeTrue(Files.isDirectory(download), "no module cache at " + download);
    List<Path> hashes;
    try (Stream<Path> s = Files.walk(download)) {
      hashes = s.filter(f -> f.getFileName().toString().endsWith(".ziphash")).sorted().toList();
    }
    assumeTrue(!hashes.isEmpty(), "no .ziphash files under " + download);
    List<String> mismatches = new ArrayList<>();
    for (Path ziphash : hashes) {
      String name = ziphash.getFileName().toString();
      Path zip = ziphash.resolveSibling(name.substring(0, name.length() - "hash".length()));
      if (!Files.exists(zip)) {
        continue;
      }
      String want = Files.readString(ziphash).trim();
      String got = DirHash.hashZip(zip);
      if (!got.equals(want)) {
        mismatches.add(zip + ": got " + got + ", want " + want);
      }
      checkTree(cache, download, zip, want, mismatches);
    }
    assertThat(mismatches).as("of %d cached zips", hashes.size()).isEmpty();
  }

  /** The extracted tree of {@code <escaped path>/@v/<escaped version>.zip}, when go extracted it. */
  private static void checkTree(Path cache, Path download, Path zip, String want, List<String> mismatches)
      throws IOException {
    Path rel = download.relativize(zip.getParent().getParent());
    String escapedPath = rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    String file = zip.getFileName().toString();
    String escapedVersion = file.substring(0, file.length() - ".zip".length());
    Path dir = cache.resolve(escapedPath + "@" + escapedVersion);
    if (!Files.isDirectory(dir) || hasDirectoryEntries(zip)) {
      return;
    }
    String prefix = ModulePath.unescapePath(escapedPath) + "@" + ModulePath.unescapeVersion(escapedVersion);
    String got = DirHash.hashDir(dir, prefix);
    if (!got.equals(want)) {
      mismatches.add(dir + ": got " + got + ", want " + want);
    }
  }

  private static boolean hasDirectoryEntries(Path zip) throws IOException {
    try (ZipEntries z = ZipEntries.open(zip)) {
      return z.entries().stream().anyMatch(java.util.zip.ZipEntry::isDirectory);
    }
  }
}
