package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.Image;
import dev.gomedic.testkit.GoBinaries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Go binaries nobody here built: esbuild's and buf's npm packages for several platforms. Each is checked against
 * go 1.19's {@code go version -m} byte for byte, and its platform against the package's own os/cpu fields.
 */
class NpmBinariesTest {
  static final List<String> PACKAGES = List.of(
      "@esbuild/linux-x64@0.28.2", "@esbuild/linux-arm64@0.28.2", "@esbuild/linux-ia32@0.28.2",
      "@esbuild/linux-arm@0.28.2", "@esbuild/darwin-arm64@0.28.2", "@esbuild/darwin-x64@0.28.2",
      "@esbuild/win32-x64@0.28.2", "@esbuild/win32-arm64@0.28.2",
      "@bufbuild/buf-linux-x64@1.75.0", "@bufbuild/buf-darwin-arm64@1.75.0", "@bufbuild/buf-win32-x64@1.75.0");

  private static final Map<String, String> NODE_OS = Map.of("linux", "linux", "darwin", "darwin", "win32", "windows");
  private static final Map<String, String> NODE_CPU =
      Map.of("x64", "amd64", "arm64", "arm64", "ia32", "386", "arm", "arm");

  @TestFactory
  Stream<DynamicTest> npmBinaries() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String spec : PACKAGES) {
      tests.add(DynamicTest.dynamicTest(spec, () -> check(spec)));
    }
    return tests.stream();
  }

  private static void check(String spec) throws IOException {
    Path pkg = GoBinaries.npmPackage(spec);
    String manifest = Files.readString(pkg.resolve("package.json"), StandardCharsets.UTF_8);
    String wantOs = NODE_OS.get(first(manifest, "os"));
    String wantArch = NODE_CPU.get(first(manifest, "cpu"));
    List<Path> bins;
    try (Stream<Path> s = Files.walk(pkg)) {
      bins = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")
          && !p.toString().endsWith(".md") && !p.toString().endsWith("LICENSE")).sorted().toList();
    }
    assertThat(bins).as("binaries in %s", spec).isNotEmpty();
    for (Path bin : bins) {
      Executable exe = Executables.read(bin);
      Image img = (Image) exe;
      assertThat(img.os()).as("%s: os", bin).isEqualTo(wantOs);
      assertThat(img.arch()).as("%s: arch", bin).isEqualTo(wantArch);

      // -m against go 1.19, run on the same relative path from the package directory.
      String rel = pkg.relativize(bin).toString();
      GoBinaries.Result want = GoBinaries.goVersionM(pkg, List.of(rel));
      Cli.Run got = Cli.run(pkg, "inspect", "-m", rel);
      assertThat(got.out()).as("%s: -m stdout", rel).isEqualTo(want.stdout());
      assertThat(got.err()).as("%s: -m stderr", rel).isEqualTo(want.stderr());
      assertThat(got.code()).as("%s: exit code", rel).isEqualTo(want.code());

      if (want.stderr().contains("not a Go executable")) {
        // esbuild 0.28: no build info blob anywhere in the file; the runtime's version string must still be found.
        byte[] all = Files.readAllBytes(bin);
        assertThat(indexOf(all, "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1)))
            .as("%s: blob offset", rel).isEqualTo(-1);
        String versions = versionsIn(all);
        Cli.Run json = Cli.run(pkg, "inspect", "--json", rel);
        assertThat(json.out()).as("%s: --json", rel).contains("\"goVersion\": \"" + versions + "\"");
      }
    }
  }

  /** The one full go1.N.P release string in the file, found by plain regex over all bytes. */
  private static String versionsIn(byte[] all) {
    Matcher m = Pattern.compile("go1\\.\\d+\\.\\d+(?![0-9.])")
        .matcher(new String(all, StandardCharsets.ISO_8859_1));
    TreeSet<String> found = new TreeSet<>();
    while (m.find()) {
      found.add(m.group());
    }
    assertThat(found).as("go1.N.P strings in the file").hasSize(1);
    return found.first();
  }

  private static String first(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\\[\\s*\"([^\"]+)\"").matcher(json);
    assertThat(m.find()).as("package.json field %s", field).isTrue();
    return m.group(1);
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
