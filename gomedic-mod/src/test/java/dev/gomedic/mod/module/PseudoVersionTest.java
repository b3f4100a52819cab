package dev.gomedic.mod.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The vector tables of x/mod's pseudo_test.go (0.7.0 and the newest are the same). */
class PseudoVersionTest {
  static final Instant TIME = Instant.parse("2006-01-02T15:04:05Z");

  static Stream<Arguments> pseudoTests() {
    return Stream.of(
        Arguments.of("", "", "v0.0.0-20060102150405-hash"),
        Arguments.of("v0", "", "v0.0.0-20060102150405-hash"),
        Arguments.of("v1", "", "v1.0.0-20060102150405-hash"),
        Arguments.of("v2", "", "v2.0.0-20060102150405-hash"),
        Arguments.of("unused", "v0.0.0", "v0.0.1-0.20060102150405-hash"),
        Arguments.of("unused", "v1.2.3", "v1.2.4-0.20060102150405-hash"),
        Arguments.of("unused", "v1.2.99999999999999999", "v1.2.100000000000000000-0.20060102150405-hash"),
        Arguments.of("unused", "v1.2.3-pre", "v1.2.3-pre.0.20060102150405-hash"),
        Arguments.of("unused", "v1.3.0-pre", "v1.3.0-pre.0.20060102150405-hash"),
        Arguments.of("unused", "v0.0.0--", "v0.0.0--.0.20060102150405-hash"),
        Arguments.of("unused", "v1.0.0+metadata", "v1.0.1-0.20060102150405-hash+metadata"),
        Arguments.of("unused", "v2.0.0+incompatible", "v2.0.1-0.20060102150405-hash+incompatible"),
        Arguments.of("unused", "v2.3.0-pre+incompatible", "v2.3.0-pre.0.20060102150405-hash+incompatible"));
  }

  @ParameterizedTest(name = "build({0}, {1}) = {2}")
  @MethodSource("pseudoTests")
  void roundTrip(String major, String older, String version) {
    assertThat(PseudoVersion.build(major, older, TIME, "hash")).as("build").isEqualTo(version);
    assertThat(PseudoVersion.isPseudoVersion(version)).as("isPseudoVersion(%s)", version).isTrue();
    assertThat(PseudoVersion.isPseudoVersion(older)).as("isPseudoVersion(%s)", older).isFalse();
    assertThat(PseudoVersion.time(version)).as("time(%s)", version).isEqualTo(TIME);
    assertThat(PseudoVersion.rev(version)).as("rev(%s)", version).isEqualTo("hash");
    assertThat(PseudoVersion.base(version)).as("base(%s)", version).isEqualTo(older);
    assertThatThrownBy(() -> PseudoVersion.time(older)).isInstanceOf(InvalidVersionException.class);
    assertThatThrownBy(() -> PseudoVersion.rev(older)).isInstanceOf(InvalidVersionException.class);
  }

  @ParameterizedTest(name = "base({0}) fails")
  @ValueSource(strings = {
    "v0.0.0",
    "v0.0.0-",
    "v0.0.0-0.20060102150405-hash",
    "v0.1.0-0.20060102150405-hash",
    "v1.0.0-0.20060102150405-hash",
    "v0.0.0-20060102150405-hash+incompatible",
    "v0.0.0-20060102150405-hash+metadata",
  })
  void invalidBase(String v) {
    assertThatThrownBy(() -> PseudoVersion.base(v)).isInstanceOf(InvalidVersionException.class);
  }

  @Test
  void invalidTime() {
    assertThatThrownBy(() -> PseudoVersion.time("---")).isInstanceOf(InvalidVersionException.class);
  }

  @ParameterizedTest(name = "incDecimal({0}) = {1}")
  @MethodSource("incCases")
  void incDecimal(String in, String want) {
    assertThat(PseudoVersion.incDecimal(in)).isEqualTo(want);
  }

  static Stream<Arguments> incCases() {
    return Stream.of(Arguments.of("0", "1"), Arguments.of("1", "2"), Arguments.of("99", "100"),
        Arguments.of("100", "101"), Arguments.of("101", "102"));
  }

  @ParameterizedTest(name = "decDecimal({0}) = {1}")
  @MethodSource("decCases")
  void decDecimal(String in, String want) {
    assertThat(PseudoVersion.decDecimal(in)).isEqualTo(want);
  }

  static Stream<Arguments> decCases() {
    return Stream.of(Arguments.of("", ""), Arguments.of("0", ""), Arguments.of("00", ""),
        Arguments.of("1", "0"), Arguments.of("2", "1"), Arguments.of("99", "98"),
        Arguments.of("100", "99"), Arguments.of("101", "100"));
  }

  @Test
  void zero() {
    assertThat(PseudoVersion.zero("")).isEqualTo("v0.0.0-00010101000000-000000000000");
    assertThat(PseudoVersion.zero("v2")).isEqualTo("v2.0.0-00010101000000-000000000000");
    assertThat(PseudoVersion.isZeroPseudoVersion("v2.0.0-00010101000000-000000000000")).isTrue();
    assertThat(PseudoVersion.isZeroPseudoVersion("v2.0.0-00010101000000-000000000001")).isFalse();
  }

  @Test
  void hugeInputsNeitherOverflowNorHang() {
    String build = "+" + "a.".repeat(300_000) + "a";
    String v = "v0.0.0-20060102150405-abcdef123456" + build;
    assertThat(PseudoVersion.isPseudoVersion(v)).as("huge build metadata").isTrue();
    assertThat(PseudoVersion.rev(v)).isEqualTo("abcdef123456");
    String pre = "v1.2.3-" + "x.".repeat(300_000) + "0.20060102150405-abcdef123456";
    assertThat(PseudoVersion.isPseudoVersion(pre)).as("huge prerelease").isTrue();
    assertThat(PseudoVersion.isPseudoVersion("v1.2.3-" + "-".repeat(500_000))).isFalse();
  }
}
