package dev.gomedic.mod.modzip;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real go 1.19 as the judge of our zips and hashes: each zip {@link ModZip#create} makes is served from a
 * {@code file://} GOPROXY to {@code go mod download -json}, which checks it with x/mod's own rules, hashes it
 * (the {@code .ziphash} in its module cache) and extracts it. Our {@link DirHash#hashZip} of the zip, our
 * {@link DirHash#hashDir} of go's extracted tree and our {@link DirHash#hashGoMod} of the .mod must all give
 * what go reports.
 */
class GoDownloadDifferentialTest {
  @TempDir Path tmp;

  /** What go reported for one module. */
  private record Downloaded(String sum, String goModSum, Path dir, Path zip) {}

  private Downloaded download(ModuleVersion m, Path zip, byte[] mod) throws IOException, InterruptedException {
    Path root = Files.createTempDirectory(tmp, "go");
    Path at = root.resolve("proxy").resolve(ModulePath.escapePath(m.path())).resolve("@v");
    Files.createDirectories(at);
    String v = ModulePath.escapeVersion(m.version());
    Files.copy(zip, at.resolve(v + ".zip"));
    Files.write(at.resolve(v + ".mod"), mod);
    Files.writeString(at.resolve(v + ".info"), "{\"Version\":\"" + m.version() + "\",\"Time\":\"2020-01-01T00:00:00Z\"}");
    Files.writeString(at.resolve("list"), m.version() + "\n");
    Path work = Files.createDirectories(root.resolve("work"));
    ProcessBuilder pb = new ProcessBuilder(Oracle.requireGo().toString(), "mod", "download", "-json", m.toString())
        .directory(work.toFile())
        .redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("HOME", root.toString());
    pb.environment().put("GOPATH", root.resolve("gopath").toString());
    pb.environment().put("GOMODCACHE", root.resolve("cache").toString());
    pb.environment().put("GOCACHE", root.resolve("gocache").toString());
    pb.environment().put("GOPROXY", root.resolve("proxy").toUri().toString());
    pb.environment().put("GOSUMDB", "off");
    pb.environment().put("GOFLAGS", "-modcacherw");
    pb.environment().put("GO111MODULE", "on");
    pb.environment().put("GOENV", "off");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("go finished").isTrue();
    assertThat(p.exitValue()).as("go mod download exit code; output:\n%s", out).isZero();
    return new Downloaded(field(out, "Sum"), field(out, "GoModSum"), Path.of(field(out, "Dir")),
        Path.of(field(out, "Zip")));
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\": \"([^\"]*)\"").matcher(json);
    assertThat(m.find()).as("%s in %s", name, json).isTrue();
    return m.group(1);
  }

  private void compare(ModuleVersion m, Path zip, byte[] mod, boolean hasDirEntries) throws Exception {
    Downloaded d = download(m, zip, mod);
    String ours = DirHash.hashZip(zip);
    assertThat(ours).as("zip hash: got %s, want go's %s", ours, d.sum()).isEqualTo(d.sum());
    String ziphash = Files.readString(Path.of(d.zip() + "hash"));
    assertThat(ziphash).as(".ziphash holds go's sum").isEqualTo(d.sum());
    String goMod = DirHash.hashGoMod(mod);
    assertThat(goMod).as("go.mod hash: got %s, want go's %s", goMod, d.goModSum()).isEqualTo(d.goModSum());
    String tree = DirHash.hashDir(d.dir(), m, Runnable::run);
    if (hasDirEntries) {
      assertThat(tree).as("tree hash differs from a zip with directory entries (golang/go#53448)")
          .isNotEqualTo(d.sum());
    } else {
      assertThat(tree).as("extracted tree: got %s, want go's %s", tree, d.sum()).isEqualTo(d.sum());
    }
  }

  private static byte[] modOf(XModCase c) {
    for (Txtar.File f : c.files()) {
      if (f.name().equals("go.mod")) {
        return XModCase.bytes(f);
      }
    }
    return ("module " + c.module().path() + "\n").getBytes(UTF_8);
  }

  /** Every x/mod Create case that succeeds: our zip, go's verdict, and the case's own hash. */
  @TestFactory
  Stream<DynamicTest> xmodCreateCases() {
    Oracle.requireGo();
    Oracle.requireXMod();
    List<XModCase> ok = new ArrayList<>();
    for (XModCase c : XModCase.all("create")) {
      if (c.wantErr().isEmpty()) {
        ok.add(c);
      }
    }
    return ok.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path zip = tmp.resolve("case.zip");
      try (OutputStream out = Files.newOutputStream(zip)) {
        ModZip.create(out, c.module(), c.moduleFiles());
      }
      assertThat(DirHash.hashZip(zip)).as("case hash").isEqualTo(c.hash());
      compare(c.module(), zip, modOf(c), false);
    }));
  }

  /** U+FF21 sorts before U+10400 in UTF-8 but after it in UTF-16; go decides. */
  @Test
  void supplementaryAndHighBmpNamesHashInGosOrder() throws Exception {
    ModuleVersion m = new ModuleVersion("example.com/m", "v1.0.0");
    List<ModuleFile> files = List.of(
        ModuleFile.of("go.mod", "module example.com/m\n".getBytes(UTF_8)),
        ModuleFile.of("\uD801\uDC00.go", "package m\n".getBytes(UTF_8)),
        ModuleFile.of("\uFF21.go", "package m // A\n".getBytes(UTF_8)),
        ModuleFile.of("\uD801\uDC00/\uFF21.txt", "x\n".getBytes(UTF_8)));
    Path zip = tmp.resolve("order.zip");
    try (OutputStream out = Files.newOutputStream(zip)) {
      ModZip.create(out, m, files);
    }
    compare(m, zip, "module example.com/m\n".getBytes(UTF_8), false);
  }

  /** A third-party zip with directory entries: go's HashZip counts them, its extracted tree cannot. */
  @Test
  void directoryEntriesCountInTheZipHashOnly() throws Exception {
    ModuleVersion m = new ModuleVersion("example.com/m", "v1.0.0");
    String p = "example.com/m@v1.0.0/";
    Path zip = new RawZip()
        .add(p, new byte[0])
        .add(p + "go.mod", "module example.com/m\n")
        .add(p + "sub/", new byte[0])
        .add(p + "sub/a.go", "package sub\n")
        .write(tmp.resolve("dirs.zip"));
    compare(m, zip, "module example.com/m\n".getBytes(UTF_8), true);
  }
}
