package dev.gomedic.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The machine's CPU against the JVM's os.name/os.arch and macOS's sysctl values (Rosetta 2). */
class SysctlTest {
  static Stream<Arguments> hosts() {
    return Stream.of(
        // x86_64 JVM on Apple Silicon: translated, the machine is arm64
        Arguments.of("Mac OS X", "x86_64", Map.of("sysctl.proc_translated", "1", "hw.optional.arm64", "1"),
            "arm64", "amd64", true),
        // same, with only one of the two values readable
        Arguments.of("Mac OS X", "x86_64", Map.of("sysctl.proc_translated", "1"), "arm64", "amd64", true),
        Arguments.of("Mac OS X", "x86_64", Map.of("hw.optional.arm64", "1\n"), "arm64", "amd64", true),
        // native arm64 JVM on Apple Silicon
        Arguments.of("Mac OS X", "aarch64", Map.of("sysctl.proc_translated", "0", "hw.optional.arm64", "1"),
            "arm64", "arm64", false),
        // Intel Mac: neither name exists
        Arguments.of("Mac OS X", "x86_64", Map.of(), "amd64", "amd64", false),
        Arguments.of("Mac OS X", "x86_64", Map.of("sysctl.proc_translated", "0"), "amd64", "amd64", false),
        // elsewhere sysctl is not consulted
        Arguments.of("Linux", "amd64", Map.of("sysctl.proc_translated", "1", "hw.optional.arm64", "1"),
            "amd64", "amd64", false),
        Arguments.of("Windows 11", "amd64", Map.of("hw.optional.arm64", "1"), "amd64", "amd64", false));
  }

  @ParameterizedTest(name = "{0} {1} {2}: machine {3}, process {4}")
  @MethodSource("hosts")
  void machineArch(String osName, String javaArch, Map<String, String> sysctl, String machine, String process,
      boolean translated) {
    Host h = Host.real(Map.of(), Path.of("/"), osName, javaArch, "", n -> Optional.ofNullable(sysctl.get(n)));
    assertThat(h.arch()).withFailMessage("arch: got %s, want %s", h.arch(), machine).isEqualTo(machine);
    assertThat(h.processArch()).withFailMessage("processArch: got %s, want %s", h.processArch(), process)
        .isEqualTo(process);
    assertThat(h.translated()).withFailMessage("translated: got %s, want %s", h.translated(), translated)
        .isEqualTo(translated);
  }
}
