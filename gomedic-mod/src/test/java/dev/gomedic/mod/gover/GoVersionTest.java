package dev.gomedic.mod.gover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Vectors of golang/go's internal/gover, cmd/go/internal/gover and go/version tests. */
class GoVersionTest {

  static Stream<Arguments> compareTests() {
    return Stream.of(
        Arguments.of("", "", 0), Arguments.of("x", "x", 0), Arguments.of("", "x", 0),
        Arguments.of("1", "1.1", -1), Arguments.of("1.5", "1.6", -1), Arguments.of("1.5", "1.10", -1),
        Arguments.of("1.6", "1.6.1", -1), Arguments.of("1.19", "1.19.0", 0),
        Arguments.of("1.19rc1", "1.19", -1), Arguments.of("1.20", "1.20.0", 0),
        Arguments.of("1.20rc1", "1.20", -1), Arguments.of("1.21", "1.21.0", -1),
        Arguments.of("1.21", "1.21rc1", -1), Arguments.of("1.21rc1", "1.21.0", -1),
        Arguments.of("1.6", "1.19", -1), Arguments.of("1.19", "1.19.1", -1),
        Arguments.of("1.19rc1", "1.19.1", -1), Arguments.of("1.19rc1", "1.19rc2", -1),
        Arguments.of("1.19.0", "1.19.1", -1), Arguments.of("1.19rc1", "1.19.0", -1),
        Arguments.of("1.19alpha3", "1.19beta2", -1), Arguments.of("1.19beta2", "1.19rc1", -1),
        Arguments.of("1.1", "1.99999999999999998", -1),
        Arguments.of("1.99999999999999998", "1.99999999999999999", -1),
        // go/version's documented examples (patch prereleases, newest Go)
        Arguments.of("1.22rc1", "1.22", 1), Arguments.of("1.22rc1", "1.22.0", -1),
        Arguments.of("1.18", "1.18rc1", 1), Arguments.of("1.8.5rc4", "1.8.5rc5", -1),
        Arguments.of("1.8.5rc5", "1.8.5", -1), Arguments.of("1.9.2rc2", "1.9.2", -1),
        Arguments.of("1.9.2rc2", "1.9", 1), Arguments.of("bad", "1", -1));
  }

  @ParameterizedTest(name = "compare({0}, {1}) = {2}")
  @MethodSource("compareTests")
  void compare(String x, String y, int want) {
    assertThat(GoVersion.compare(x, y)).as("compare(%s, %s)", x, y).isEqualTo(want);
    assertThat(GoVersion.compare(y, x)).as("compare(%s, %s)", y, x).isEqualTo(-want);
    assertThat(GoVersion.max(x, y)).as("max(%s, %s)", x, y).isEqualTo(want < 0 ? y : x);
  }

  @ParameterizedTest(name = "parse({0})")
  @CsvSource(nullValues = "null", value = {
    "1, 1, 0, 0, '', ''",
    "1.2, 1, 2, 0, '', ''",
    "1.2.3, 1, 2, 3, '', ''",
    "1.2rc3, 1, 2, '', rc, 3",
    "1.20, 1, 20, 0, '', ''",
    "1.21, 1, 21, '', '', ''",
    "1.21rc3, 1, 21, '', rc, 3",
    "1.21.0, 1, 21, 0, '', ''",
    "1.24, 1, 24, '', '', ''",
    "1.24rc3, 1, 24, '', rc, 3",
    "1.24.0, 1, 24, 0, '', ''",
    "1.999testmod, 1, 999, '', testmod, ''",
    "1.99999999999999999, 1, 99999999999999999, '', '', ''",
    "1.8.5rc5, 1, 8, 5, rc, 5",
  })
  void parse(String in, String major, String minor, String patch, String kind, String pre) {
    assertThat(GoVersion.parse(in)).contains(new GoVersion.Parts(major, minor, patch, kind, pre));
  }

  @ParameterizedTest(name = "lang({0}) = {1}")
  @CsvSource({"1.2rc3, 1.2", "1.2.3, 1.2", "1.2, 1.2", "1, 1", "1.999testmod, 1.999", "1.21.3, 1.21", "1.0, 1", "1.0.1, 1"})
  void lang(String in, String want) {
    assertThat(GoVersion.lang(in)).isEqualTo(want);
  }

  @ParameterizedTest(name = "isLang({0}) = {1}")
  @CsvSource({"1.2rc3, false", "1.2.3, false", "1.999testmod, false", "1.22, true", "1.21, true",
    "1.20, false", "1.19, false", "1.3, false", "1.2, false", "1, false", "bad, false"})
  void isLang(String in, boolean want) {
    assertThat(GoVersion.isLang(in)).isEqualTo(want);
  }

  @ParameterizedTest(name = "prev({0}) = {1}")
  @CsvSource({"'', ''", "0, 0", "1.3rc4, 1.2", "1.3.5, 1.2", "1.3, 1.2", "1, 1",
    "1.99999999999999999, 1.99999999999999998", "1.40000000000000000, 1.39999999999999999"})
  void prev(String in, String want) {
    assertThat(GoVersion.prev(in)).isEqualTo(want);
  }

  @ParameterizedTest(name = "isValid({0}) = {1}")
  @CsvSource({"1.2rc3, true", "1.2.3, true", "1.999testmod, true", "1.600+auto, false", "1.22, true",
    "1.21.0, true", "1.21rc2, true", "1.21, true", "1.20.0, true", "1.20, true", "1.19, true",
    "1.3, true", "1.2, true", "1, true", "'', false", "01.2, false", "1.02, false", "1.2RC1, false",
    "1.21rc01, false", "go1.21, false", "1.21.0.1, false", "1.21rc1x, false"})
  void isValid(String in, boolean want) {
    assertThat(GoVersion.isValid(in)).isEqualTo(want);
  }

  @ParameterizedTest(name = "fromToolchain({0}) = {1}")
  @CsvSource({"go1.2.3, 1.2.3", "1.2.3, ''", "go1.2.3+bigcorp, ''", "go1.2.3-bigcorp, 1.2.3",
    "go1.2.3-bigcorp more text, 1.2.3", "gccgo-go1.23rc4, ''", "gccgo-go1.23rc4-bigdwarf, ''",
    "go1.22rc1, 1.22rc1", "default, ''", "local, ''", "'go1.21.0\tx', 1.21.0"})
  void fromToolchain(String in, String want) {
    assertThat(GoVersion.fromToolchain(in)).isEqualTo(want);
  }

  @ParameterizedTest(name = "GOTOOLCHAIN={0}")
  @CsvSource({
    "local, go1.21.3, 1.21.3, LOCAL",
    "auto, go1.21.3, 1.21.3, AUTO",
    "path, go1.21.3, 1.21.3, PATH",
    "go1.22.0, go1.22.0, 1.22.0, EXACT",
    "go1.22.0+auto, go1.22.0, 1.22.0, AUTO",
    "go1.22.0+path, go1.22.0, 1.22.0, PATH",
    "local+auto, go1.21.3, 1.21.3, AUTO",
    "local+path, go1.21.3, 1.21.3, PATH",
    "go1.22.0-bigcorp, go1.22.0-bigcorp, 1.22.0, EXACT",
  })
  void toolchainSetting(String in, String name, String version, ToolchainSetting.Mode mode) {
    assertThat(ToolchainSetting.parse(in, "1.21.3")).isEqualTo(new ToolchainSetting(name, version, mode));
  }

  @ParameterizedTest(name = "GOTOOLCHAIN={0} fails")
  @CsvSource(delimiter = '|', value = {
    "go1x|invalid GOTOOLCHAIN \"go1x\"",
    "default|invalid GOTOOLCHAIN \"default\"",
    "go1x+auto|invalid GOTOOLCHAIN \"go1x+auto\": invalid minimum toolchain \"go1x\"",
    "go1.22+x|invalid GOTOOLCHAIN \"go1.22+x\": only version suffixes are +auto and +path",
    "local+x|invalid GOTOOLCHAIN \"local+x\": only version suffixes are +auto and +path",
  })
  void badToolchainSetting(String in, String message) {
    assertThatThrownBy(() -> ToolchainSetting.parse(in, "1.21.3")).hasMessage(message);
  }
}
