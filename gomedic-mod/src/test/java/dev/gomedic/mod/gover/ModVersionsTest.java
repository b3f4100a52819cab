package dev.gomedic.mod.gover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.mod.module.ModuleVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors of cmd/go/internal/gover's mod_test.go. */
class ModVersionsTest {

  @ParameterizedTest(name = "isToolchain({0}) = {1}")
  @CsvSource({"go, true", "toolchain, true", "anything, false", "golang.org/toolchain, false"})
  void isToolchain(String path, boolean want) {
    assertThat(ModVersions.isToolchain(path)).isEqualTo(want);
  }

  @ParameterizedTest(name = "compare({0}, {1}, {2}) = {3}")
  @CsvSource({"go, 1.2, 1.3, -1", "go, v1.2, v1.3, 0", "go, 1.2, 1.2, 0", "toolchain, 1.2, 1.3, -1",
    "toolchain, 1.2, 1.2, 0", "toolchain, v1.2, v1.3, 0", "rsc.io/quote, v1.2, v1.3, -1",
    "rsc.io/quote, 1.2, 1.3, 0", "toolchain, go1.21.0, go1.21rc1, 1"})
  void compare(String path, String x, String y, int want) {
    assertThat(ModVersions.compare(path, x, y)).isEqualTo(want);
  }

  @ParameterizedTest(name = "isValid({0}, {1}) = {2}")
  @CsvSource({"go, 1.2, true", "go, v1.2, false", "toolchain, 1.2, true", "toolchain, v1.2, false",
    "rsc.io/quote, v1.2, true", "rsc.io/quote, 1.2, false", "toolchain, go1.22.0, true"})
  void isValid(String path, String v, boolean want) {
    assertThat(ModVersions.isValid(path, v)).isEqualTo(want);
  }

  @ParameterizedTest(name = "isPrefix({0}, {1}) = {2}")
  @CsvSource({"go, 1.21, true", "go, 1.21.0, false", "toolchain, go1.22, true", "rsc.io/quote, v1.2, true",
    "rsc.io/quote, v1.2.3, false", "rsc.io/quote, v1-pre, false"})
  void isPrefix(String path, String v, boolean want) {
    assertThat(ModVersions.isPrefix(path, v)).isEqualTo(want);
  }

  @Test
  void sortLikeModSort() {
    List<ModuleVersion> list = new ArrayList<>(mvl("z v1.1; a v1.2; a v1.1; go 1.3; toolchain 1.3; toolchain 1.2; go 1.2"));
    ModVersions.sort(list);
    assertThat(list).isEqualTo(mvl("a v1.1; a v1.2; go 1.2; go 1.3; toolchain 1.2; toolchain 1.3; z v1.1"));
    assertThat(ModVersions.majorMinor("toolchain", "go1.21.3")).isEqualTo("go1.21");
    assertThat(ModVersions.majorMinor("go", "1.21.3")).isEqualTo("1.21");
    assertThat(ModVersions.majorMinor("rsc.io/quote", "v1.5.2")).isEqualTo("v1.5");
    assertThat(ModVersions.isPrerelease("go", "1.22rc1")).isTrue();
    assertThat(ModVersions.isPrerelease("rsc.io/quote", "v1.0.0-pre")).isTrue();
  }

  static List<ModuleVersion> mvl(String s) {
    return Stream.of(s.split(";")).map(String::trim)
        .map(f -> new ModuleVersion(f.substring(0, f.indexOf(' ')), f.substring(f.indexOf(' ') + 1))).toList();
  }
}
