package dev.gomedic.goenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.discovery.Discovery;
import dev.gomedic.discovery.GoBinaryReader;
import dev.gomedic.discovery.Toolchain;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.host.SimulatedHosts;
import java.nio.file.FileSystem;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * findGOROOT on simulated hosts: a go outside any Go tree uses the GOROOT built into it (read by a fake
 * {@link GoBinaryReader}); one inside a tree, as run or through symlinks, uses the tree.
 */
class BuiltInGorootTest {
  private static final GoBinaryReader BAKED = p -> Optional.of(
      new GoBinaryReader.Facts("go1.19.8", Optional.of("/usr/lib/go-1.19"), false, "symbol table"));
  private static final GoBinaryReader TRIMMED = p -> Optional.of(
      new GoBinaryReader.Facts("go1.21.5", Optional.empty(), true, "symbol table"));

  private static Resolution resolve(Host h, GoBinaryReader reader) {
    Toolchain t = Discovery.inspect(h, h.lookPath("go").orElseThrow(), reader, new ArrayList<>());
    return Resolver.resolve(h, t);
  }

  private static Host linux(FileSystem fs) {
    return Host.builder(GoOs.LINUX, fs).env("HOME", "/home/u").env("PATH", "/home/u/bin:/usr/bin")
        .workingDir("/home/u").build();
  }

  @Test
  void copiedGoUsesTheBuiltInGorootWithItsProvenance() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/usr/lib/go-1.19", "go1.19.8", false);
    SimulatedHosts.write(fs, "/home/u/bin/go", "copy", true);

    Resolution r = resolve(linux(fs), BAKED);

    assertThat(r.byName().get("GOROOT").value()).as("GOROOT").isEqualTo("/usr/lib/go-1.19");
    assertThat(r.byName().get("GOROOT").provenance().toString()).contains("built into the go binary /home/u/bin/go");
    assertThat(r.byName().get("GOTOOLDIR").value()).isEqualTo("/usr/lib/go-1.19/pkg/tool/linux_amd64");
    assertThat(r.problems()).extracting(EnvProblem::kind).doesNotContain(EnvProblem.Kind.GO_FAILS);
  }

  @Test
  void missingBuiltInGorootFailsAsGoDoes() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.write(fs, "/home/u/bin/go", "copy", true);

    Resolution r = resolve(linux(fs), BAKED);

    assertThat(r.problems()).extracting(EnvProblem::message)
        .contains("go: cannot find GOROOT directory: /usr/lib/go-1.19");
  }

  @Test
  void trimmedGoOutsideATreeHasNoGoroot() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.write(fs, "/home/u/bin/go", "copy", true);

    Resolution r = resolve(linux(fs), TRIMMED);

    assertThat(r.byName().get("GOROOT").value()).isEmpty();
    assertThat(r.problems()).extracting(EnvProblem::message)
        .contains("go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set");
  }

  @Test
  void symlinkIntoATreeWinsOverTheBuiltInValue() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/opt/go", "go1.19.8", false);
    SimulatedHosts.symlink(fs, "/home/u/bin/go", "/opt/go/bin/go");

    Resolution r = resolve(linux(fs), BAKED);

    assertThat(r.byName().get("GOROOT").value()).isEqualTo("/opt/go");
    assertThat(r.byName().get("GOROOT").provenance().toString()).contains("location");
  }

  @Test
  void gorootVariableWinsOverEverything() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/opt/go", "go1.19.8", false);
    SimulatedHosts.write(fs, "/home/u/bin/go", "copy", true);
    Host h = Host.builder(GoOs.LINUX, fs).env("HOME", "/home/u").env("PATH", "/home/u/bin")
        .env("GOROOT", "/opt/go").workingDir("/home/u").build();

    assertThat(resolve(h, BAKED).byName().get("GOROOT").value()).isEqualTo("/opt/go");
  }
}
