package dev.gomedic.toolchain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogTest {
  static final Catalog EMBEDDED = Catalog.embedded();

  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("1.22.5", "go1.22.5"),
        Arguments.of("go1.22.5", "go1.22.5"),
        Arguments.of("1.20.0", "go1.20"),
        Arguments.of("go1.20", "go1.20.14"),
        Arguments.of("1.22", "go1.22.12"),
        Arguments.of("1.21rc2", "go1.21rc2"),
        Arguments.of("go1.9beta1", "go1.9beta1"),
        Arguments.of("1.21.0", "go1.21.0"),
        Arguments.of("latest", "go1.27.0"));
  }

  @ParameterizedTest(name = "resolve({0}) = {1}")
  @MethodSource("queries")
  void resolvesQueries(String query, String want) throws Exception {
    String got = EMBEDDED.resolve(query).version();
    assertThat(got).as("resolve(%s): got %s, want %s", query, got, want).isEqualTo(want);
  }

  @Test
  void stableIsMarkedStable() throws Exception {
    assertThat(EMBEDDED.resolve("stable").stable()).isTrue();
  }

  @Test
  void unknownVersionsAreErrors() {
    assertThatThrownBy(() -> EMBEDDED.resolve("1.99.1")).hasMessage("go1.99.1: no such Go release in the catalog");
    assertThatThrownBy(() -> EMBEDDED.resolve("banana"))
        .hasMessage("banana: not a Go version (want 1.22.5, 1.22, latest or stable)");
  }

  @Test
  void armv6lIsGoarchArm() throws Exception {
    ReleaseFile f = EMBEDDED.resolve("1.22.5").archive("linux", "arm").orElseThrow();
    assertThat(f.filename()).isEqualTo("go1.22.5.linux-armv6l.tar.gz");
    assertThat(f.sha256()).hasSize(64);
  }

  @Test
  void embeddedSnapshotHasEveryRelease() {
    assertThat(EMBEDDED.releases()).hasSize(363);
    assertThat(EMBEDDED.file("go1.19.8.linux-amd64.tar.gz")).isPresent();
    assertThat(EMBEDDED.file("go1.6beta1.darwin-amd64.pkg").orElseThrow().hasSha256()).isFalse();
  }

  @Test
  void quirksAreTolerated() throws Exception {
    String json = """
        [{"version":"go1.30.1","stable":true,"files":[
          {"filename":"go1.30.1.linux-amd64.tar.gz","os":"linux","arch":"amd64","version":"go1.30.1",
           "sha256":"AB","kind":"archive"},
          {"filename":"go1.30.1.linux-amd64.tar.gz","os":"linux","arch":"amd64","version":"go1.30.1",
           "sha256":"ab","size":5,"kind":"archive"}]},
         {"version":"go1.30.1","stable":false,"files":[
          {"filename":"go1.30.1.src.tar.gz","os":"","arch":"","sha256":"","size":1.5e1,"kind":"source"}]},
         {"version":"go1.30","stable":true,"files":[]}]
        """;
    Catalog c = Catalog.parse(json.getBytes(StandardCharsets.UTF_8), "test.json");
    assertThat(c.releases()).extracting(Release::version).containsExactly("go1.30.1", "go1.30");
    Release r = c.releases().get(0);
    assertThat(r.files()).hasSize(2);
    assertThat(r.files().get(0).size()).isEqualTo(-1);
    assertThat(r.files().get(0).sha256()).isEqualTo("ab");
    assertThat(r.files().get(1).size()).isEqualTo(15);
    assertThat(r.files().get(1).version()).isEqualTo("go1.30.1");
  }

  @Test
  void hostileJsonIsAnError() {
    for (String bad : new String[] {"", "{", "[", "[" + "[".repeat(100), "{\"version\":1}", "[{}]",
        "\"x", "[1,]", "nul"}) {
      assertThatThrownBy(() -> Catalog.parse(bad.getBytes(StandardCharsets.UTF_8), "bad.json"))
          .as("input %s", bad)
          .isInstanceOf(CatalogException.class)
          .hasMessageStartingWith("bad.json");
    }
  }

  @Test
  void crossCheck() {
    ReleaseFile real = EMBEDDED.file("go1.19.8.linux-amd64.tar.gz").orElseThrow();
    assertThat(CrossCheck.of(EMBEDDED, real).verdict()).isEqualTo(CrossCheck.Verdict.MATCH);
    ReleaseFile forged = new ReleaseFile(real.filename(), "linux", "amd64", "go1.19.8", "00".repeat(32),
        real.size(), "archive");
    assertThat(CrossCheck.of(EMBEDDED, forged).verdict()).isEqualTo(CrossCheck.Verdict.DIFFERS);
    ReleaseFile privateBuild = new ReleaseFile("go9.9.9.linux-amd64.tar.gz", "linux", "amd64", "go9.9.9",
        "00".repeat(32), 1, "archive");
    assertThat(CrossCheck.of(EMBEDDED, privateBuild).verdict()).isEqualTo(CrossCheck.Verdict.UNKNOWN);
  }

  @Test
  void versionOrder() {
    String[] ordered = {"go1", "go1.9beta1", "go1.9rc2", "go1.9", "go1.9.1", "go1.20", "go1.20.1", "go1.21rc1",
        "go1.21.0", "go1.21.1"};
    for (int i = 1; i < ordered.length; i++) {
      GoVersion a = GoVersion.parse(ordered[i - 1]).orElseThrow();
      GoVersion b = GoVersion.parse(ordered[i]).orElseThrow();
      assertThat(a.compareTo(b)).as("%s < %s", a, b).isNegative();
      assertThat(b.toString()).isEqualTo(ordered[i]);
    }
  }
}
