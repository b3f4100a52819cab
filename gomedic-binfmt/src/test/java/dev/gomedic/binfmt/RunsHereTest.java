package dev.gomedic.binfmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.binfmt.runs.RunsHere;
import dev.gomedic.binfmt.runs.Verdict;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunsHereTest {
  static Image image(Format f, String os, String arch) {
    int bits = arch.equals("386") || arch.equals("arm") ? 32 : 64;
    return new Image("x", f, os, arch, "", bits, ByteOrder.LITTLE_ENDIAN, Kind.EXECUTABLE, Linking.STATIC, "",
        List.of(), false, 0, List.of(), Optional.empty(), List.of());
  }

  static Stream<Arguments> cases() {
    Image linuxAmd64 = image(Format.ELF, "linux", "amd64");
    Image linuxArm64 = image(Format.ELF, "linux", "arm64");
    Image linux386 = image(Format.ELF, "linux", "386");
    Image darwinAmd64 = image(Format.MACHO, "darwin", "amd64");
    Image darwinArm64 = image(Format.MACHO, "darwin", "arm64");
    Image winAmd64 = image(Format.PE, "windows", "amd64");
    Image win386 = image(Format.PE, "windows", "386");
    FatImage universal = new FatImage("u", List.of(darwinAmd64, darwinArm64));
    return Stream.of(
        Arguments.of(linuxAmd64, "linux/amd64", false, "native", ""),
        Arguments.of(linuxArm64, "linux/amd64", false, "no", "exec format error"),
        Arguments.of(linux386, "linux/amd64", false, "native", ""),
        Arguments.of(winAmd64, "linux/amd64", false, "no", "exec format error"),
        Arguments.of(darwinAmd64, "darwin/arm64", true, "translated", ""),
        Arguments.of(darwinAmd64, "darwin/arm64", false, "no", "bad CPU type in executable"),
        Arguments.of(darwinArm64, "darwin/amd64", false, "no", "bad CPU type in executable"),
        Arguments.of(universal, "darwin/arm64", false, "native", ""),
        Arguments.of(universal, "darwin/amd64", false, "native", ""),
        Arguments.of(linuxAmd64, "darwin/arm64", true, "no", "exec format error"),
        Arguments.of(linuxAmd64, "windows/amd64", false, "no", "is not a valid Win32 application"),
        Arguments.of(win386, "windows/amd64", false, "native", ""),
        Arguments.of(winAmd64, "windows/arm64", false, "translated", ""),
        Arguments.of(image(Format.PE, "windows", "arm64"), "windows/amd64", false, "no",
            "is not a valid Win32 application"));
  }

  @ParameterizedTest(name = "{0} on {1} (rosetta {2}) = {3}")
  @MethodSource("cases")
  void verdicts(Executable exe, String host, boolean rosetta, String want, String wantError) {
    String[] h = host.split("/");
    Verdict v = RunsHere.verdict(exe, new Platform(h[0], h[1], rosetta));
    assertThat(v.id()).as("verdict").isEqualTo(want);
    if (v instanceof Verdict.CannotRun c) {
      assertThat(c.error()).as("error").isEqualTo(wantError);
    }
  }

  @ParameterizedTest(name = "{0}/{1} = {2}")
  @MethodSource("javaNames")
  void platformFromJava(String osName, String osArch, String want) {
    assertThat(Platform.fromJava(osName, osArch, false).toString()).isEqualTo(want);
  }

  static Stream<Arguments> javaNames() {
    return Stream.of(
        Arguments.of("Linux", "amd64", "linux/amd64"),
        Arguments.of("Mac OS X", "aarch64", "darwin/arm64"),
        Arguments.of("Mac OS X", "x86_64", "darwin/amd64"),
        Arguments.of("Windows 11", "amd64", "windows/amd64"),
        Arguments.of("Linux", "x86", "linux/386"),
        Arguments.of("FreeBSD", "aarch64", "freebsd/arm64"),
        Arguments.of("Linux", "loongarch64", "linux/loong64"));
  }
}
