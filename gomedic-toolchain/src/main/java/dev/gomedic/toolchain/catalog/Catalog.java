package dev.gomedic.toolchain.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A list of Go releases in go.dev/dl's JSON format ({@code ?mode=json&include=all}), newest first.
 *
 * <p>The parser takes the real data as it is: files without a size (-1) or without a SHA-256 (""), a release
 * listed twice (its files are merged), a file listed twice (kept once), {@code armv6l} for GOARCH arm, and
 * names like {@code go1.20} for the first release of a minor version before Go 1.21.
 */
public final class Catalog {
  /** Largest catalog accepted: the full go.dev list is about 2 MB. */
  public static final int MAX_BYTES = 64 << 20;

  private static final String EMBEDDED = "go-releases.json.gz";

  private final List<Release> releases;
  private final Map<String, ReleaseFile> byFilename = new LinkedHashMap<>();

  private Catalog(List<Release> releases) {
    List<Release> sorted = new ArrayList<>(releases);
    Comparator<Release> byVersion =
        Comparator.comparing(r -> r.goVersion().orElse(new GoVersion(0, 0, -1, "", 0)));
    sorted.sort(byVersion.reversed());
    this.releases = List.copyOf(sorted);
    for (Release r : this.releases) {
      for (ReleaseFile f : r.files()) {
        byFilename.putIfAbsent(f.filename(), f);
      }
    }
  }

  /** The snapshot of every release shipped inside gomedic. */
  public static Catalog embedded() {
    try (InputStream in = Catalog.class.getResourceAsStream(EMBEDDED)) {
      if (in == null) {
        throw new IllegalStateException("embedded release catalog missing: " + EMBEDDED);
      }
      byte[] json = new GZIPInputStream(in).readAllBytes();
      return parse(json, "embedded release catalog");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CatalogException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Parses go.dev/dl JSON. */
  public static Catalog parse(byte[] json, String name) throws CatalogException {
    if (json.length > MAX_BYTES) {
      throw new CatalogException(name + ": release catalog larger than " + MAX_BYTES + " bytes");
    }
    Object root;
    try {
      root = Json.parse(new String(json, StandardCharsets.UTF_8), name);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(e.getMessage());
    }
    if (!(root instanceof List<?> list)) {
      throw new CatalogException(name + ": release catalog is not a JSON array");
    }
    Map<String, Release> merged = new LinkedHashMap<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m) || !(m.get("version") instanceof String version)) {
        throw new CatalogException(name + ": release entry without a version");
      }
      boolean stable = Boolean.TRUE.equals(m.get("stable"));
      List<ReleaseFile> files = new ArrayList<>();
      if (m.get("files") instanceof List<?> fl) {
        for (Object fo : fl) {
          if (fo instanceof Map<?, ?> f && f.get("filename") instanceof String fn && !fn.isEmpty()) {
            files.add(new ReleaseFile(fn, str(f, "os"), str(f, "arch"),
                str(f, "version").isEmpty() ? version : str(f, "version"),
                str(f, "sha256").toLowerCase(Locale.ROOT), size(f.get("size")), str(f, "kind")));
          }
        }
      }
      Release old = merged.get(version);
      if (old != null) {
        List<ReleaseFile> all = new ArrayList<>(old.files());
        all.addAll(files);
        files = all;
        stable |= old.stable();
      }
      Set<String> seen = new HashSet<>();
      List<ReleaseFile> unique = new ArrayList<>();
      for (ReleaseFile f : files) {
        if (seen.add(f.filename())) {
          unique.add(f);
        }
      }
      merged.put(version, new Release(version, stable, unique));
    }
    return new Catalog(new ArrayList<>(merged.values()));
  }

  /** Parses gzip-compressed go.dev/dl JSON. */
  public static Catalog parseGzip(InputStream in, String name) throws IOException, CatalogException {
    try (InputStream gz = new GZIPInputStream(in)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      for (int n; (n = gz.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        if (out.size() > MAX_BYTES) {
          throw new CatalogException(name + ": release catalog larger than " + MAX_BYTES + " bytes");
        }
      }
      return parse(out.toByteArray(), name);
    }
  }

  private static String str(Map<?, ?> m, String key) {
    return m.get(key) instanceof String s ? s : "";
  }

  private static long size(Object o) {
    if (o instanceof Long l && l >= 0) {
      return l;
    }
    if (o instanceof Double d && d >= 0 && d == Math.rint(d)) {
      return d.longValue();
    }
    return -1;
  }

  /** Every release, newest first. */
  public List<Release> releases() {
    return releases;
  }

  /** The file with this name (as on dl.google.com), in any release. */
  public Optional<ReleaseFile> file(String filename) {
    return Optional.ofNullable(byFilename.get(filename));
  }

  /** The release with exactly this name ({@code go1.22.5}). */
  public Optional<Release> release(String version) {
    return releases.stream().filter(r -> r.version().equals(version)).findFirst();
  }

  /**
   * Answers a version query: {@code 1.22.5} or {@code go1.22.5} (exact; {@code 1.20.0} also finds the
   * pre-1.21 name {@code go1.20}), {@code 1.22} (newest release of 1.22, not a beta or rc), {@code 1.23rc1}
   * (exact), {@code latest} (newest release that is not a beta or rc) and {@code stable} (newest release
   * go.dev marks stable).
   */
  public Release resolve(String query) throws CatalogException {
    String q = query.strip();
    if (q.equals("latest")) {
      return releases.stream().filter(r -> r.goVersion().map(v -> !v.prerelease()).orElse(false))
          .findFirst().orElseThrow(() -> new CatalogException("latest: no releases in the catalog"));
    }
    if (q.equals("stable")) {
      return releases.stream().filter(Release::stable).findFirst()
          .orElseThrow(() -> new CatalogException("stable: no stable release in the catalog"));
    }
    GoVersion v = GoVersion.parse(q)
        .orElseThrow(() -> new CatalogException(query + ": not a Go version (want 1.22.5, 1.22, latest or stable)"));
    if (v.patch() >= 0 || v.prerelease()) {
      Optional<Release> exact = release(v.toString());
      if (exact.isEmpty() && v.patch() == 0) {
        exact = release(new GoVersion(v.major(), v.minor(), -1, "", 0).toString());
      }
      return exact.orElseThrow(() -> new CatalogException(v + ": no such Go release in the catalog"));
    }
    return releases.stream()
        .filter(r -> r.goVersion()
            .map(g -> g.major() == v.major() && g.minor() == v.minor() && !g.prerelease())
            .orElse(false))
        .findFirst()
        .orElseThrow(() -> new CatalogException(query + ": no Go " + v.major() + "." + v.minor()
            + " release in the catalog"));
  }
}
