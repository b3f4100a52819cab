package dev.gomedic.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.host.SimulatedHosts;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  @Test
  void linuxPathOrderShadowingAndWellKnownLocations() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/home/ann/sdk/go1.21.5", "go1.21.5", false);
    SimulatedHosts.goInstall(fs, "/usr/local/go", "go1.22.1", false);
    SimulatedHosts.goInstall(fs, "/usr/lib/go-1.19", "go1.19.8", false);
    SimulatedHosts.goInstall(fs, "/home/ann/.gvm/gos/go1.20", "go1.20", false);
    SimulatedHosts.symlink(fs, "/home/ann/bin/go", "/home/ann/sdk/go1.21.5/bin/go");
    SimulatedHosts.symlink(fs, "/usr/bin/go", "../lib/go-1.19/bin/go");
    Host h = Host.builder(GoOs.LINUX, fs).env("HOME", "/home/ann")
        .env("PATH", "/home/ann/bin:/usr/local/go/bin:/usr/bin").workingDir("/home/ann").build();

    Discovered d = Discovery.discover(h, GoBinaryReader.UNKNOWN);

    assertThat(d.toolchains()).extracting(t -> t.versionOrUnknown() + "@" + t.pathIndex() + "@"
            + t.goroot().map(Path::toString).orElse("?"))
        .containsExactly("go1.21.5@0@/home/ann/sdk/go1.21.5", "go1.22.1@1@/usr/local/go",
            "go1.19.8@2@/usr/lib/go-1.19", "go1.20@-1@/home/ann/.gvm/gos/go1.20");
    assertThat(d.selected().map(Toolchain::resolved).map(Path::toString))
        .hasValue("/home/ann/sdk/go1.21.5/bin/go");
    assertThat(d.toolchains().get(1).shadowed()).as("second on PATH is shadowed").isTrue();
    assertThat(d.toolchains().get(3).onPath()).isFalse();
    assertThat(d.toolchains().get(3).location()).isEqualTo("gvm");
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void theSameBinaryTwiceOnPathIsOneToolchainWithAliases() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/usr/lib/go-1.19", "go1.19.8", false);
    SimulatedHosts.symlink(fs, "/usr/bin/go", "../lib/go-1.19/bin/go");
    Host h = Host.builder(GoOs.LINUX, fs).env("PATH", "/usr/bin:/usr/lib/go-1.19/bin").build();

    Discovered d = Discovery.discover(h, GoBinaryReader.UNKNOWN);

    assertThat(d.toolchains()).hasSize(1);
    assertThat(d.toolchains().get(0).executable().toString()).isEqualTo("/usr/bin/go");
    assertThat(d.toolchains().get(0).aliases()).extracting(Path::toString)
        .containsExactly("/usr/lib/go-1.19/bin/go");
  }

  @Test
  void crossCompiledGoInBinGoosGoarch() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/opt/go", "go1.22.0", false);
    SimulatedHosts.write(fs, "/opt/go/bin/linux_arm64/go", "x", true);
    Host h = Host.builder(GoOs.LINUX, fs).arch("arm64").env("PATH", "/opt/go/bin/linux_arm64").build();

    Toolchain t = Discovery.discover(h, GoBinaryReader.UNKNOWN).selected().orElseThrow();

    assertThat(t.goroot().map(Path::toString)).hasValue("/opt/go");
    assertThat(t.version()).hasValue("go1.22.0");
  }

  @Test
  void macHomebrewSymlinksResolveToCellarLibexec() {
    FileSystem fs = SimulatedHosts.macFs();
    SimulatedHosts.goInstall(fs, "/opt/homebrew/Cellar/go/1.21.5/libexec", "go1.21.5", false);
    SimulatedHosts.symlink(fs, "/opt/homebrew/Cellar/go/1.21.5/bin/go", "../libexec/bin/go");
    SimulatedHosts.symlink(fs, "/opt/homebrew/bin/go", "../Cellar/go/1.21.5/bin/go");
    SimulatedHosts.symlink(fs, "/opt/homebrew/opt/go", "../Cellar/go/1.21.5");
    SimulatedHosts.goInstall(fs, "/usr/local/Cellar/go/1.20.1/libexec", "go1.20.1", false);
    Host h = Host.builder(GoOs.DARWIN, fs).arch("arm64").env("HOME", "/Users/ann")
        .env("PATH", "/opt/homebrew/bin:/usr/bin").workingDir("/Users/ann").build();

    Discovered d = Discovery.discover(h, GoBinaryReader.UNKNOWN);

    assertThat(d.toolchains()).hasSize(2);
    Toolchain brew = d.toolchains().get(0);
    assertThat(brew.goroot().map(Path::toString)).hasValue("/opt/homebrew/Cellar/go/1.21.5/libexec");
    assertThat(brew.version()).hasValue("go1.21.5");
    assertThat(brew.resolved().toString()).isEqualTo("/opt/homebrew/Cellar/go/1.21.5/libexec/bin/go");
    assertThat(d.toolchains().get(1).location()).isEqualTo("Homebrew Cellar");
    assertThat(d.toolchains().get(1).onPath()).isFalse();
  }

  @Test
  void windowsLocations() {
    FileSystem fs = SimulatedHosts.windowsFs();
    SimulatedHosts.goInstall(fs, "C:\\Program Files\\Go", "go1.22.0", true);
    SimulatedHosts.goInstall(fs, "C:\\Users\\ann\\scoop\\apps\\go\\1.21.0", "go1.21.0", true);
    SimulatedHosts.goInstall(fs, "C:\\Users\\ann\\AppData\\Local\\Programs\\Go", "go1.20.3", true);
    Host h = Host.builder(GoOs.WINDOWS, fs).env("USERPROFILE", "C:\\Users\\ann")
        .env("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local")
        .env("Path", "C:\\Program Files\\Go\\bin;C:\\Windows").build();

    Discovered d = Discovery.discover(h, GoBinaryReader.UNKNOWN);

    assertThat(d.toolchains()).extracting(t -> t.executable().toString() + " " + t.location())
        .containsExactly("C:\\Program Files\\Go\\bin\\go.exe PATH",
            "C:\\Users\\ann\\AppData\\Local\\Programs\\Go\\bin\\go.exe Go MSI (user)",
            "C:\\Users\\ann\\scoop\\apps\\go\\1.21.0\\bin\\go.exe scoop");
  }

  @Test
  void missingVersionFileFallsBackToTheBinaryReaderThenUnknown() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/opt/go", null, false);
    SimulatedHosts.write(fs, "/copy/go", "binary", true);
    Host h = Host.builder(GoOs.LINUX, fs).env("PATH", "/opt/go/bin:/copy").build();
    GoBinaryReader reader = p -> p.toString().equals("/copy/go")
        ? Optional.of(new GoBinaryReader.Facts("go1.18.2", Optional.of("/opt/go"))) : Optional.empty();

    Discovered d = Discovery.discover(h, reader);

    assertThat(d.toolchains()).extracting(Toolchain::versionOrUnknown, Toolchain::versionSource)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("unknown", "unknown"),
            org.assertj.core.groups.Tuple.tuple("go1.18.2", "binary"));
    assertThat(d.toolchains().get(1).goroot().map(Path::toString)).as("baked GOROOT").hasValue("/opt/go");
  }

  @Test
  void symlinkLoopIsReportedOnceAndSkipped() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.symlink(fs, "/loop/go", "/loop/go2");
    SimulatedHosts.symlink(fs, "/loop/go2", "/loop/go");
    SimulatedHosts.symlink(fs, "/dangling/go", "/nowhere/go");
    SimulatedHosts.goInstall(fs, "/usr/local/go", "go1.22.1", false);
    Host h = Host.builder(GoOs.LINUX, fs).env("PATH", "/loop:/dangling:/loop:/usr/local/go/bin").build();

    Discovered d = Discovery.discover(h, GoBinaryReader.UNKNOWN);

    assertThat(d.toolchains()).extracting(Toolchain::versionOrUnknown).containsExactly("go1.22.1");
    assertThat(d.problems()).extracting(DiscoveryProblem::subject).containsExactly("/loop/go", "/dangling/go");
  }
}
