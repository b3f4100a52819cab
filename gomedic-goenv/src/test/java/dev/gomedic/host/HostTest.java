package dev.gomedic.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HostTest {
  static Stream<Arguments> dirs() {
    return Stream.of(
        Arguments.of(GoOs.LINUX, Map.of("HOME", "/home/ann"), "/home/ann/.config", "/home/ann/.cache"),
        Arguments.of(GoOs.LINUX, Map.of("HOME", "/home/ann", "XDG_CONFIG_HOME", "/x/cfg",
            "XDG_CACHE_HOME", "/x/cache"), "/x/cfg", "/x/cache"),
        Arguments.of(GoOs.LINUX, Map.of(), null, null),
        Arguments.of(GoOs.LINUX, Map.of("HOME", ""), null, null),
        Arguments.of(GoOs.DARWIN, Map.of("HOME", "/Users/ann"), "/Users/ann/Library/Application Support",
            "/Users/ann/Library/Caches"),
        Arguments.of(GoOs.DARWIN, Map.of("XDG_CONFIG_HOME", "/ignored"), null, null),
        Arguments.of(GoOs.WINDOWS, Map.of("AppData", "C:\\Users\\ann\\AppData\\Roaming",
            "LocalAppData", "C:\\Users\\ann\\AppData\\Local"), "C:\\Users\\ann\\AppData\\Roaming",
            "C:\\Users\\ann\\AppData\\Local"),
        Arguments.of(GoOs.WINDOWS, Map.of("APPDATA", "C:\\R"), "C:\\R", null),
        Arguments.of(GoOs.WINDOWS, Map.of("HOME", "C:\\home"), null, null));
  }

  @ParameterizedTest(name = "{0} {1}: config {2}, cache {3}")
  @MethodSource("dirs")
  void userDirsFollowGo(GoOs os, Map<String, String> env, String config, String cache) {
    FileSystem fs = os == GoOs.WINDOWS ? SimulatedHosts.windowsFs() : SimulatedHosts.linuxFs();
    Host h = Host.builder(os, fs).env(env).build();
    assertThat(h.userConfigDir()).as("userConfigDir").isEqualTo(Optional.ofNullable(config));
    assertThat(h.userCacheDir()).as("userCacheDir").isEqualTo(Optional.ofNullable(cache));
  }

  @Test
  void homeIsUserprofileOnWindows() {
    Host h = Host.builder(GoOs.WINDOWS, SimulatedHosts.windowsFs())
        .env(Map.of("HOME", "C:\\h", "USERPROFILE", "C:\\Users\\ann")).build();
    assertThat(h.home()).hasValue("C:\\Users\\ann");
  }

  static Stream<Arguments> splits() {
    return Stream.of(
        Arguments.of(GoOs.LINUX, "", List.of()),
        Arguments.of(GoOs.LINUX, "/a:/b", List.of("/a", "/b")),
        Arguments.of(GoOs.LINUX, ":/a::", List.of("", "/a", "", "")),
        Arguments.of(GoOs.LINUX, "\"/a\":/b", List.of("\"/a\"", "/b")),
        Arguments.of(GoOs.WINDOWS, "C:\\a;\"C:\\b;c\";D:\\", List.of("C:\\a", "C:\\b;c", "D:\\")),
        Arguments.of(GoOs.WINDOWS, ";C:\\a;", List.of("", "C:\\a", "")));
  }

  @ParameterizedTest(name = "split({0}, {1}) = {2}")
  @MethodSource("splits")
  void splitListLikeGo(GoOs os, String list, List<String> want) {
    assertThat(SearchPath.split(list, os)).isEqualTo(want);
  }

  @Test
  void windowsLookPathTriesPathextAndQuotes() {
    FileSystem fs = SimulatedHosts.windowsFs();
    SimulatedHosts.write(fs, "C:\\Go\\bin\\go.exe", "x", true);
    SimulatedHosts.write(fs, "C:\\tools\\go.bat", "x", true);
    SimulatedHosts.write(fs, "C:\\tools\\gcc.exe", "x", true);
    Host h = Host.builder(GoOs.WINDOWS, fs).workingDir("C:\\work")
        .env("Path", "\"C:\\Go\\bin\";C:\\tools").build();
    assertThat(h.lookPathAll("go")).extracting(Object::toString)
        .containsExactly("C:\\Go\\bin\\go.exe", "C:\\tools\\go.bat");
    assertThat(h.hasCommand("gcc")).isTrue();
    Host noBat = Host.builder(GoOs.WINDOWS, fs).env("PATH", "C:\\Go\\bin;C:\\tools")
        .env("PATHEXT", ".EXE").build();
    assertThat(noBat.lookPathAll("go")).extracting(Object::toString).containsExactly("C:\\Go\\bin\\go.exe");
  }

  @Test
  void unixLookPathNeedsExecuteBitAndReportsOddEntries() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.write(fs, "/a/go", "x", false);
    SimulatedHosts.write(fs, "/b/go", "x", true);
    SimulatedHosts.write(fs, "/file", "x", false);
    Host h = Host.builder(GoOs.LINUX, fs).env("PATH", "/a::\"/q\":/file:rel:/b").workingDir("/").build();
    assertThat(h.lookPathAll("go")).extracting(Object::toString).containsExactly("/b/go");
    assertThat(h.searchPath().problems()).extracting(HostProblem::kind).containsExactly(
        HostProblem.Kind.PATH_EMPTY_ENTRY, HostProblem.Kind.PATH_QUOTED_ENTRY,
        HostProblem.Kind.PATH_RELATIVE_ENTRY, HostProblem.Kind.NOT_A_DIRECTORY,
        HostProblem.Kind.PATH_RELATIVE_ENTRY);
  }

  @Test
  void registryValuesAreReported() {
    WindowsRegistry r = WindowsRegistry.of("C:\\Windows;C:\\Program Files\\Go\\bin", null);
    Host h = Host.builder(GoOs.WINDOWS, SimulatedHosts.windowsFs()).registry(r).build();
    assertThat(h.registry().machinePath()).hasValue("C:\\Windows;C:\\Program Files\\Go\\bin");
    assertThat(h.registry().userPath()).isEmpty();
    assertThat(Host.builder(GoOs.LINUX, SimulatedHosts.linuxFs()).build().registry().machinePath()).isEmpty();
  }

  @Test
  void javaNamesMapToGoNames() {
    assertThat(GoOs.fromJavaName("Mac OS X")).isEqualTo(GoOs.DARWIN);
    assertThat(GoOs.fromJavaName("Windows 11")).isEqualTo(GoOs.WINDOWS);
    assertThat(GoOs.fromJavaName("Linux")).isEqualTo(GoOs.LINUX);
    assertThat(GoOs.goArch("x86_64")).isEqualTo("amd64");
    assertThat(GoOs.goArch("aarch64")).isEqualTo("arm64");
  }
}
