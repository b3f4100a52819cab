package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.mod.GoCacheFixture.Result;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.proxy.GeneratedModule;
import dev.gomedic.testkit.proxy.ModuleGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gomedic mod verify --vendor} against the vendor/ the real go 1.19's {@code go mod vendor} wrote, from a
 * module cache go filled from a file:// proxy of {@link ModuleGenerator#buildable} modules (a _test.go file
 * with an embed, ignore-tagged files, embed globs and directories, licence files only in parent directories,
 * an unimported subdirectory): go's output verifies clean, and each kind of hand edit is caught and named.
 */
class ModVerifyVendorTest {
  @TempDir static Path tmp;
  static GoCacheFixture fx;
  static List<GeneratedModule> mods;

  @BeforeAll
  static void vendor() throws Exception {
    Oracle.requireGo();
    mods = ModuleGenerator.buildable(11, 4);
    GeneratedModule m0 = mods.get(0);
    StringBuilder goMod = new StringBuilder("module example.com/app\n\ngo 1.19\n\nrequire (\n");
    mods.forEach(m -> goMod.append('\t').append(m.path()).append(' ').append(m.version()).append('\n'));
    goMod.append(")\n");
    fx = GoCacheFixture.create(tmp, mods, goMod.toString());
    Files.writeString(fx.main.resolve("main.go"), "package main\n\nimport m \"" + m0.path() + "\"\n\n"
        + "func main() { println(m.Name()) }\n");
    for (String[] cmd : List.of(new String[] {"mod", "tidy"}, new String[] {"mod", "vendor"},
        new String[] {"build", "./..."})) {
      Result r = fx.go(fx.cache, Map.of("GOFLAGS", cmd[0].equals("build") ? "-mod=vendor" : "-mod=mod"), cmd);
      assertThat(r.code()).as("go %s: %s", String.join(" ", cmd), r).isZero();
    }
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (fx != null) {
      GoCacheFixture.makeWritable(fx.cache);
    }
  }

  /** The fixture exercises every rule: what go 1.19 copied and left out. */
  @Test
  void goModVendorAppliedTheRulesUnderTest() {
    Path v1 = fx.main.resolve("vendor").resolve(mods.get(1).path());
    for (String present : List.of("LICENSE", "COPYING", "lib/lib.go", "lib/unix.go", "lib/NOTICE", "lib/README.md",
        "lib/data/a.txt", "lib/static/index.html", "lib/static/css/site.css", "lib/testdata/golden.txt")) {
      assertThat(v1.resolve(present)).as("go mod vendor copies %s", present).exists();
    }
    for (String absent : List.of("go.mod", "lib/lib_test.go", "lib/gen.go", "lib/old.go", "lib/data/c.json",
        "lib/static/.hidden", "lib/static/_draft.html", "lib/sub", "lib/testdata/other.txt", "extra")) {
      assertThat(v1.resolve(absent)).as("go mod vendor leaves out %s", absent).doesNotExist();
    }
  }

  @Test
  void goModVendorOutputVerifiesClean() {
    Result r = fx.gomedic(fx.main, fx.cache, "mod", "verify", "--vendor");
    assertThat(r.code()).as("exit: got %s, want 0", r).isZero();
    for (GeneratedModule m : mods) {
      assertThat(r.out()).as("got %s, want %s verified", r, m.id()).contains(m.path() + " " + m.version() + ": verified (");
    }
    assertThat(r.out()).as("summary: got %s", r)
        .endsWith("4 modules: 4 verified, 0 modified, 0 not verifiable, 0 not downloaded\n");
    assertThat(r.err()).as("stderr: got %s, want nothing", r.err()).isEmpty();
  }

  @Test
  void changedVendoredFile() throws Exception {
    GeneratedModule m = mods.get(1);
    caught("changed", m, "lib/lib.go", f -> Files.writeString(f, Files.readString(f).replace("func Name", "func Nom")));
  }

  @Test
  void deletedVendoredFile() throws Exception {
    caught("deleted", mods.get(2), "lib/README.md", Files::delete);
  }

  @Test
  void addedVendoredFile() throws Exception {
    caught("added", mods.get(3), "lib/backdoor.go", f -> Files.writeString(f, "package lib\n\nfunc init() {}\n"));
  }

  @Test
  void changedEmbeddedFile() throws Exception {
    caught("changed", mods.get(0), "lib/static/css/site.css", f -> Files.writeString(f, "p{color:red}\n"));
  }

  @Test
  void changedLicenceFromParentDirectory() throws Exception {
    caught("changed", mods.get(2), "LICENSE", f -> Files.writeString(f, "Public domain, honest\n"));
  }

  @Test
  void fileOfNoModule() throws Exception {
    Path main = copyMain("stray");
    Files.writeString(main.resolve("vendor/stray.txt"), "x\n");
    Result r = fx.gomedic(main, fx.cache, "mod", "verify", "--vendor");
    assertThat(r.code()).as("exit: got %s, want 1", r).isEqualTo(1);
    assertThat(r.out()).as("got %s", r).contains("vendor/: 1 file of no module in vendor/modules.txt\n\tadded: vendor/stray.txt\n");
  }

  @Test
  void diffShowsTheEdit() throws Exception {
    GeneratedModule m = mods.get(1);
    Path main = copyMain("diff");
    Path f = main.resolve("vendor").resolve(m.path()).resolve("lib/lib.go");
    String before = Files.readString(f);
    Files.writeString(f, before.replace("var Static embed.FS", "var Static embed.FS // edited"));
    Result r = fx.gomedic(main, fx.cache, "mod", "verify", "--vendor", "--diff");
    String path = "vendor/" + m.path() + "/lib/lib.go";
    assertThat(r.out()).as("--diff: got %s", r)
        .contains("--- a/" + path + "\n+++ b/" + path + "\n@@ -")
        .contains("\n-var Static embed.FS\n+var Static embed.FS // edited\n");
    Result json = fx.gomedic(main, fx.cache, "mod", "verify", "--vendor", "--json");
    String compact = json.out().replaceAll("\\s+(?=[\\[\\]{}\"])|(?<=[:,\\[{])\\s+", "");
    assertThat(compact).as("--json: got %s", json).contains("\"changed\":[\"" + path + "\"]")
        .contains("\"ok\":false");
  }

  @Test
  void moduleMissingFromTheCacheIsNotVerified() throws Exception {
    GeneratedModule m = mods.get(3);
    Path cache = fx.copyCache("missing");
    Files.delete(GoCacheFixture.download(cache, m, "zip"));
    Result r = fx.gomedic(fx.main, cache, "mod", "verify", "--vendor");
    assertThat(r.code()).as("exit: got %s, want 1", r).isEqualTo(1);
    assertThat(r.out()).as("got %s", r).contains(m.path() + " " + m.version() + ": not downloaded\n"
        + "\tnot in the module cache; 'go mod download " + m.id() + "' fetches it\n");
  }

  @Test
  void zipThatDoesNotMatchGoSumIsNoReference() throws Exception {
    GeneratedModule m = mods.get(2);
    Path cache = fx.copyCache("tampered-zip");
    Path zip = GoCacheFixture.download(cache, m, "zip");
    Files.delete(zip);
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>(m.files());
    files.put("lib/README.md", "tampered\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    GoCacheFixture.zip(m.withFiles(files), zip);
    Result r = fx.gomedic(fx.main, cache, "mod", "verify", "--vendor");
    assertThat(r.code()).as("exit: got %s, want 1", r).isEqualTo(1);
    assertThat(r.out()).as("got %s", r).contains(m.path() + " " + m.version() + ": not verifiable\n")
        .contains("does not match go.sum");
  }

  @Test
  void inconsistentModulesTxtIsReportedInGosWords() throws Exception {
    Path main = copyMain("inconsistent");
    Path txt = main.resolve("vendor/modules.txt");
    Files.writeString(txt, Files.readString(txt).replace("## explicit; go 1.19\n" + mods.get(0).path() + "\n",
        "## go 1.19\n" + mods.get(0).path() + "\n"));
    Result go = fx.goIn(main, fx.cache, Map.of(), "build", "./...");
    Result r = fx.gomedic(main, fx.cache, "mod", "verify", "--vendor");
    assertThat(r.code()).as("exit: got %s, want 1", r).isEqualTo(1);
    assertThat(go.err()).as("go build: %s", go).startsWith("go: inconsistent vendoring");
    assertThat(r.out()).as("got %s, want go's message %s", r, go.err()).startsWith(go.err().strip() + "\n\n");
  }

  interface Edit {
    void apply(Path file) throws IOException;
  }

  private static void caught(String kind, GeneratedModule m, String file, Edit edit) throws Exception {
    Path main = copyMain(kind + "-" + file.replace('/', '-'));
    edit.apply(main.resolve("vendor").resolve(m.path()).resolve(file));
    Result r = fx.gomedic(main, fx.cache, "mod", "verify", "--vendor");
    assertThat(r.code()).as("exit after %s %s: got %s, want 1", kind, file, r).isEqualTo(1);
    String want = m.path() + " " + m.version() + ": modified (";
    assertThat(r.out()).as("got %s, want %s and '%s: vendor/%s/%s'", r, want, kind, m.path(), file)
        .contains(want).contains("\t" + kind + ": vendor/" + m.path() + "/" + file + "\n");
    assertThat(r.out().lines().filter(l -> l.startsWith("\t")).count()).as("one file named: got %s", r).isEqualTo(1);
  }

  /** A copy of the main module (go.mod, go.sum, main.go, vendor/). */
  static Path copyMain(String name) throws IOException {
    Path to = tmp.resolve("mains").resolve(name);
    try (Stream<Path> s = Files.walk(fx.main)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(fx.main.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }
}
