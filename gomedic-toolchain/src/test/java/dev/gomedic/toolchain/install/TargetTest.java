package dev.gomedic.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.toolchain.catalog.Catalog;
import dev.gomedic.toolchain.catalog.ReleaseFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which archive {@code toolchain install} picks for simulated hosts, Rosetta 2 included. */
class TargetTest {
  static Host mac(String machine, String process) {
    return Host.builder(GoOs.DARWIN, FileSystems.getDefault()).arch(machine).processArch(process).build();
  }

  /** A Mac as the CLI builds it from the JVM's properties and sysctl's answers. */
  static Host realMac(String javaArch, Map<String, String> sysctl) {
    return Host.real(Map.of(), Path.of("/"), "Mac OS X", javaArch, "14.2", n -> Optional.ofNullable(sysctl.get(n)));
  }

  static Stream<Arguments> hosts() {
    Map<String, String> rosetta = Map.of("sysctl.proc_translated", "1", "hw.optional.arm64", "1");
    return Stream.of(
        Arguments.of("x86_64 JVM under Rosetta 2", realMac("x86_64", rosetta), null, null,
            "go1.22.5.darwin-arm64.tar.gz", "Rosetta 2"),
        Arguments.of("simulated Rosetta host", mac("arm64", "amd64"), null, null, "go1.22.5.darwin-arm64.tar.gz",
            "this machine's CPU is arm64 but gomedic runs as amd64 under Rosetta 2: installing the native"
                + " darwin/arm64 release (use --arch amd64 for the other one)"),
        Arguments.of("Rosetta, --arch amd64 asked", realMac("x86_64", rosetta), null, "amd64",
            "go1.22.5.darwin-amd64.tar.gz", ""),
        Arguments.of("native arm64 JVM", realMac("aarch64", Map.of("sysctl.proc_translated", "0",
            "hw.optional.arm64", "1")), null, null, "go1.22.5.darwin-arm64.tar.gz", ""),
        Arguments.of("Intel Mac", realMac("x86_64", Map.of()), null, null, "go1.22.5.darwin-amd64.tar.gz", ""),
        Arguments.of("Linux arm64", Host.real(Map.of(), Path.of("/"), "Linux", "aarch64", ""), null, null,
            "go1.22.5.linux-arm64.tar.gz", ""),
        Arguments.of("--os windows on Linux", Host.real(Map.of(), Path.of("/"), "Linux", "amd64", ""), "windows",
            null, "go1.22.5.windows-amd64.zip", ""));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("hosts")
  void picksTheMachinesArchive(String name, Host host, String os, String arch, String want, String note) {
    Target t = Target.forHost(host, os, arch);
    String got = Catalog.embedded().release("go1.22.5").flatMap(r -> r.archive(t.goos(), t.goarch()))
        .map(ReleaseFile::filename).orElse("none");
    assertThat(got).withFailMessage("got %s, want %s", got, want).isEqualTo(want);
    if (note.isEmpty()) {
      assertThat(t.note()).withFailMessage("note: got %s, want none", t.note()).isEmpty();
    } else {
      assertThat(t.note().orElse("")).withFailMessage("note: got %s, want it to say %s", t.note(), note)
          .contains(note);
    }
  }
}
