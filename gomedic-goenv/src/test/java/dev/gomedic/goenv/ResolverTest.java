package dev.gomedic.goenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.discovery.Discovery;
import dev.gomedic.discovery.GoBinaryReader;
import dev.gomedic.discovery.Toolchain;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.host.SimulatedHosts;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolverTest {
  private static Resolution resolve(Host h) {
    Toolchain t = Discovery.inspect(h, h.lookPath("go").orElseThrow(), GoBinaryReader.UNKNOWN, new ArrayList<>());
    return Resolver.resolve(h, t);
  }

  private static Map<String, String> values(Resolution r) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    r.printed().forEach(v -> m.put(v.name(), v.value()));
    return m;
  }

  @Test
  void macosHomebrewRules() {
    FileSystem fs = SimulatedHosts.macFs();
    SimulatedHosts.goInstall(fs, "/opt/homebrew/Cellar/go/1.21.5/libexec", "go1.21.5", false);
    SimulatedHosts.write(fs, "/opt/homebrew/Cellar/go/1.21.5/libexec/go.env",
        "# defaults\nGOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n", false);
    SimulatedHosts.symlink(fs, "/opt/homebrew/bin/go", "../Cellar/go/1.21.5/libexec/bin/go");
    SimulatedHosts.write(fs, "/usr/bin/clang", "x", true);
    SimulatedHosts.write(fs, "/Users/ann/Library/Application Support/go/env", "GOPRIVATE=*.corp\n", false);
    Host h = Host.builder(GoOs.DARWIN, fs).arch("arm64").env("HOME", "/Users/ann")
        .env("PATH", "/opt/homebrew/bin:/usr/bin").workingDir("/Users/ann").build();

    Resolution r = resolve(h);
    Map<String, String> v = values(r);

    assertThat(v).containsEntry("GOROOT", "/opt/homebrew/Cellar/go/1.21.5/libexec")
        .containsEntry("GOENV", "/Users/ann/Library/Application Support/go/env")
        .containsEntry("GOCACHE", "/Users/ann/Library/Caches/go-build")
        .containsEntry("GOPATH", "/Users/ann/go")
        .containsEntry("GOTOOLDIR", "/opt/homebrew/Cellar/go/1.21.5/libexec/pkg/tool/darwin_arm64")
        .containsEntry("GOTOOLCHAIN", "auto")
        .containsEntry("GOPROXY", "https://proxy.golang.org,direct")
        .containsEntry("GONOPROXY", "*.corp")
        .containsEntry("CC", "clang")
        .containsEntry("CGO_ENABLED", "1")
        .containsEntry("GOEXE", "")
        .containsEntry("GOVERSION", "go1.21.5")
        .doesNotContainKey("GOAMD64");
    assertThat(r.byName().get("GOTOOLCHAIN").provenance()).isInstanceOf(Provenance.GorootGoEnv.class);
    assertThat(r.byName().get("GONOPROXY").provenance()).isEqualTo(new Provenance.Derived("GOPRIVATE"));
    assertThat(r.singleQuotes()).isTrue();
  }

  @Test
  void windowsRules() {
    FileSystem fs = SimulatedHosts.windowsFs();
    SimulatedHosts.goInstall(fs, "C:\\Program Files\\Go", "go1.22.3", true);
    Host h = Host.builder(GoOs.WINDOWS, fs)
        .env("USERPROFILE", "C:\\Users\\ann")
        .env("AppData", "C:\\Users\\ann\\AppData\\Roaming")
        .env("LocalAppData", "C:\\Users\\ann\\AppData\\Local")
        .env("Path", "C:\\Program Files\\Go\\bin;C:\\Windows")
        .workingDir("C:\\Users\\ann").build();

    Map<String, String> v = values(resolve(h));

    assertThat(v).containsEntry("GOEXE", ".exe")
        .containsEntry("GOROOT", "C:\\Program Files\\Go")
        .containsEntry("GOPATH", "C:\\Users\\ann\\go")
        .containsEntry("GOMODCACHE", "C:\\Users\\ann\\go\\pkg\\mod")
        .containsEntry("GOENV", "C:\\Users\\ann\\AppData\\Roaming\\go\\env")
        .containsEntry("GOCACHE", "C:\\Users\\ann\\AppData\\Local\\go-build")
        .containsEntry("GOTOOLDIR", "C:\\Program Files\\Go\\pkg\\tool\\windows_amd64")
        .containsEntry("GOMOD", "NUL")
        .containsEntry("CGO_ENABLED", "0")
        .containsEntry("GOHOSTOS", "windows");
  }

  @Test
  void windowsWithGccKeepsCgoAndModuleIsFound() throws IOException {
    FileSystem fs = SimulatedHosts.windowsFs();
    SimulatedHosts.goInstall(fs, "C:\\Go", "go1.22.3", true);
    SimulatedHosts.write(fs, "C:\\msys64\\mingw64\\bin\\gcc.exe", "x", true);
    SimulatedHosts.write(fs, "C:\\src\\app\\go.mod", "module app\n", false);
    Files.createDirectories(fs.getPath("C:\\src\\app\\cmd"));
    Host h = Host.builder(GoOs.WINDOWS, fs).env("USERPROFILE", "C:\\Users\\ann")
        .env("PATH", "C:\\Go\\bin;C:\\msys64\\mingw64\\bin").workingDir("C:\\src\\app\\cmd").build();

    Map<String, String> v = values(resolve(h));

    assertThat(v).containsEntry("CGO_ENABLED", "1").containsEntry("GOMOD", "C:\\src\\app\\go.mod")
        .containsEntry("GOENV", "").containsEntry("GOCACHE", "off");
  }

  @Test
  void shadowedFileValueIsReported() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/usr/local/go", "go1.19.8", false);
    SimulatedHosts.write(fs, "/home/ann/.config/go/env", "GOPROXY=https://file.example\n", false);
    Host h = Host.builder(GoOs.LINUX, fs).env("HOME", "/home/ann").env("GOPROXY", "https://os.example")
        .env("PATH", "/usr/local/go/bin").workingDir("/home/ann").build();

    Resolution r = resolve(h);

    EnvVar proxy = r.byName().get("GOPROXY");
    assertThat(proxy.value()).isEqualTo("https://os.example");
    assertThat(proxy.shadowedFileValue()).hasValue("https://file.example");
    assertThat(r.problems()).filteredOn(p -> p.kind() == EnvProblem.Kind.SHADOWED).hasSize(1);
  }

  @Test
  void badInputKeepsGoingAndReportsEachProblemOnce() {
    FileSystem fs = SimulatedHosts.linuxFs();
    SimulatedHosts.goInstall(fs, "/usr/local/go", "go1.19.8", false);
    SimulatedHosts.write(fs, "/goroot-file", "x", false);
    SimulatedHosts.symlink(fs, "/loop/go", "/loop/go");
    try {
      Files.createDirectories(fs.getPath("/home/ann/.config/go"));
      Files.write(fs.getPath("/home/ann/.config/go/env"), new byte[] {
          'g', 'a', 'r', 'b', 'a', 'g', 'e', '\n', 'G', 'O', 'V', 'C', 'S', '=', (byte) 0xff, '\n',
          'G', 'O', 'F', 'L', 'A', 'G', 'S', '=', '-', 'v', '\r', '\n', 0, 0, 0, '\n'});
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Host h = Host.builder(GoOs.LINUX, fs).env("HOME", "/home/ann").env("GOROOT", "/goroot-file")
        .env("PATH", "::/loop:\"/q\":/usr/local/go/bin").workingDir("/home/ann").build();

    Resolution r = resolve(h);

    assertThat(r.goFailure().map(EnvProblem::message))
        .hasValue("go: cannot find GOROOT directory: /goroot-file");
    List<EnvProblem.Kind> kinds = r.problems().stream().map(EnvProblem::kind).toList();
    assertThat(kinds).contains(EnvProblem.Kind.ENV_FILE_LINE, EnvProblem.Kind.BAD_VALUE, EnvProblem.Kind.HOST);
    assertThat(r.problems()).doesNotHaveDuplicates();
    assertThat(r.problems()).filteredOn(p -> p.message().contains("empty entry")).hasSize(1);
    assertThat(values(r)).containsEntry("GOFLAGS", "-v\r");
  }

  @Test
  void versionRulesDecideWhatIsPrinted() {
    GoVersion v116 = GoVersion.parse("go1.16.15").orElseThrow();
    GoVersion v119 = GoVersion.parse("go1.19.8").orElseThrow();
    GoVersion v121 = GoVersion.parse("go1.21.0").orElseThrow();
    GoVersion v124 = GoVersion.parse("go1.24.2").orElseThrow();
    assertThat(VersionRules.printed(v116, "GOAMD64")).doesNotContain("GOWORK", "GOAMD64", "GOEXPERIMENT");
    assertThat(VersionRules.printed(v119, "GOAMD64")).contains("GOWORK", "GOAMD64").doesNotContain("GOTOOLCHAIN");
    assertThat(VersionRules.printed(v121, "")).contains("GOTOOLCHAIN").doesNotContain("GOTELEMETRY");
    assertThat(VersionRules.printed(v124, "")).contains("GOAUTH", "GOFIPS140", "GOTELEMETRY", "GODEBUG");
    assertThat(GoVersion.parse("devel go1.25-abc").orElseThrow().atLeast(99)).isTrue();
    assertThat(GoVersion.parse("1.21")).isEmpty();
  }

  @Test
  void envFileParsingFollowsGo() {
    GoVersion v = GoVersion.parse("go1.19").orElseThrow();
    GoEnvFile f = GoEnvFile.parse("env", "# c\nGOPATH=/a\n\nGOPATH=/b\nx=1\nGOX Y=2\nGOPROXY=\"q\"\nnoeq\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), v);
    assertThat(f.values()).containsEntry("GOPATH", "/b").containsEntry("GOX Y", "2")
        .containsEntry("GOPROXY", "\"q\"").doesNotContainKey("x");
    assertThat(f.problems()).extracting(EnvProblem::subject)
        .containsExactly("env:4", "env:5", "env:6", "env:7", "env:8");
  }

  @Test
  void cleanMatchesGoFilepathClean() {
    assertThat(FilePaths.clean("/a/b/../c/./d/", false)).isEqualTo("/a/c/d");
    assertThat(FilePaths.clean("a/../../b", false)).isEqualTo("../b");
    assertThat(FilePaths.clean("", false)).isEqualTo(".");
    assertThat(FilePaths.clean("//x//y", false)).isEqualTo("/x/y");
    assertThat(FilePaths.clean("C:/Go/bin/..", true)).isEqualTo("C:\\Go");
    assertThat(FilePaths.clean("\\\\srv\\share\\a\\..", true)).isEqualTo("\\\\srv\\share\\");
    assertThat(FilePaths.isAbs("C:foo", true)).isFalse();
    assertThat(FilePaths.isAbs("C:\\foo", true)).isTrue();
  }
}
