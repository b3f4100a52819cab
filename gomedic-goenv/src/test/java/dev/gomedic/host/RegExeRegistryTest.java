package dev.gomedic.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parsing {@code reg query ... /v Path} output and expanding %NAME% where Windows does. The fixtures under
 * {@code registry/} were written from reg.exe's documented output format, not recorded on a real Windows machine.
 */
class RegExeRegistryTest {
  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of("hkcu-expand.txt", Optional.of(new RegistryValue(
            "%USERPROFILE%\\AppData\\Local\\Microsoft\\WindowsApps;%USERPROFILE%\\go\\bin;"
                + "C:\\Users\\ann\\sdk\\go1.22.1\\bin", true))),
        Arguments.of("hklm-sz.txt", Optional.of(new RegistryValue(
            "C:\\Windows\\system32;C:\\Windows;%SystemRoot%\\System32\\Wbem;C:\\Program Files\\Go\\bin", false))),
        Arguments.of("hkcu-empty.txt", Optional.of(new RegistryValue("", true))),
        Arguments.of("hkcu-dword.txt", Optional.empty()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesRecordedFormat(String file, Optional<RegistryValue> want) throws IOException {
    assertThat(RegExeRegistry.parse(RegExeRegistry.decode(fixture(file)), "Path")).as("parse(%s)", file)
        .isEqualTo(want);
  }

  @Test
  void valueNamesMatchCaseInsensitivelyAndOthersAreIgnored() {
    String out = "\r\nHKEY_CURRENT_USER\\Environment\r\n    TEMP    REG_EXPAND_SZ    %USERPROFILE%\\tmp\r\n"
        + "    PATH    REG_SZ    C:\\Go\\bin\r\n\r\n";
    assertThat(RegExeRegistry.parse(out, "Path")).contains(new RegistryValue("C:\\Go\\bin", false));
    assertThat(RegExeRegistry.parse("ERROR: The system was unable to find the specified registry key or value.\r\n",
        "Path")).isEmpty();
    assertThat(RegExeRegistry.parse("", "Path")).isEmpty();
  }

  @Test
  void expandsOnlyExpandableValuesAndLeavesUnknownNames() {
    Map<String, String> env = Map.of("USERPROFILE", "C:\\Users\\ann", "SystemRoot", "C:\\Windows");
    RegistryValue expand = new RegistryValue("%UserProfile%\\go\\bin;%NOPE%\\x;%SystemRoot%", true);
    RegistryValue literal = new RegistryValue("%SystemRoot%\\System32", false);
    java.util.function.Function<String, Optional<String>> lookup = n -> env.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(n)).map(Map.Entry::getValue).findFirst();
    assertThat(expand.expand(lookup)).isEqualTo("C:\\Users\\ann\\go\\bin;%NOPE%\\x;C:\\Windows");
    assertThat(literal.expand(lookup)).isEqualTo("%SystemRoot%\\System32");
  }

  @Test
  void queriesBothKeysOnceWithTheRegExeFromSystemRoot() throws IOException {
    List<List<String>> calls = new ArrayList<>();
    byte[] hklm = fixture("hklm-sz.txt");
    byte[] hkcu = fixture("hkcu-expand.txt");
    RegExeRegistry reg = new RegExeRegistry((cmd, timeout) -> {
      calls.add(cmd);
      return Optional.of(cmd.get(2).startsWith("HKLM") ? hklm : hkcu);
    }, "D:\\Win\\System32\\reg.exe", Duration.ofSeconds(5));
    assertThat(reg.machinePath()).hasValueSatisfying(v -> assertThat(v).endsWith("C:\\Program Files\\Go\\bin"));
    assertThat(reg.userPathValue().map(RegistryValue::expandable)).contains(true);
    reg.machinePath();
    reg.userPath();
    assertThat(calls).containsExactly(
        List.of("D:\\Win\\System32\\reg.exe", "query", RegExeRegistry.MACHINE_KEY, "/v", "Path"),
        List.of("D:\\Win\\System32\\reg.exe", "query", RegExeRegistry.USER_KEY, "/v", "Path"));
    RegExeRegistry failing = new RegExeRegistry((cmd, timeout) -> Optional.empty(), "reg", Duration.ofSeconds(1));
    assertThat(failing.machinePath()).isEmpty();
    assertThat(failing.userPath()).isEmpty();
  }

  @Test
  void realHostReadsTheRegistryOnlyOnWindows() {
    Host linux = Host.real(Map.of("HOME", "/root"), Path.of("/"), "Linux", "amd64");
    assertThat(linux.registry()).isSameAs(WindowsRegistry.NONE);
    Host windows = Host.real(Map.of("SystemRoot", "C:\\Windows"), Path.of("/"), "Windows 10", "amd64");
    assertThat(windows.registry()).isInstanceOf(RegExeRegistry.class);
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = RegExeRegistryTest.class.getResourceAsStream("/registry/" + name)) {
      return in.readAllBytes();
    }
  }
}
