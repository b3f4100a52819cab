package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.SchemaCheck;
import dev.gomedic.cli.mod.GoCacheFixture.Result;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.proxy.GeneratedModule;
import dev.gomedic.testkit.proxy.ModuleGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gomedic mod hash} and {@code gomedic mod verify} against the real go 1.19 over a module cache go
 * filled itself ({@code go mod download all} from a file:// proxy of generated modules, zips made by
 * ModZip.create): the hashes equal every .ziphash and go.sum line; verify's stdout, stderr and exit code equal
 * go mod verify's on the intact cache and after each kind of damage; --deep names the damaged file.
 *
 * <p>The chain m0 → m1 → m2 → m3 → m4 (m2 says go 1.16) with the main module requiring m0 and m2 gives a
 * pruned build list of all five: m1 only as m0's requirement, m3 and m4 through the unpruned m2.
 */
class ModVerifyDifferentialTest {
  @TempDir static Path tmp;
  static GoCacheFixture fx;
  static List<GeneratedModule> mods;

  @BeforeAll
  static void fill() throws Exception {
    Oracle.requireGo();
    mods = ModuleGenerator.generate(7, 5);
    String goMod = "module example.com/main\n\ngo 1.19\n\nrequire (\n\t" + mods.get(0).path() + " "
        + mods.get(0).version() + "\n\t" + mods.get(2).path() + " " + mods.get(2).version() + "\n)\n";
    fx = GoCacheFixture.create(tmp, mods, goMod);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (fx != null) {
      GoCacheFixture.makeWritable(fx.cache);
    }
  }

  private static Map<String, String> goSumLines() throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(fx.main.resolve("go.sum"))) {
      String[] f = line.split(" ");
      m.put(f[0] + " " + f[1], line);
    }
    return m;
  }

  @Test
  void hashOfEveryZipTreeAndModEqualsZiphashAndGoSum() throws Exception {
    Map<String, String> sum = goSumLines();
    for (GeneratedModule m : mods) {
      String key = m.path() + " " + m.version();
      String ziphash = Files.readString(GoCacheFixture.download(fx.cache, m, "ziphash")).strip();
      String want = key + " " + ziphash + "\n";
      Result zip = fx.gomedic(fx.main, fx.cache, "mod", "hash", GoCacheFixture.download(fx.cache, m, "zip").toString());
      assertThat(zip.out()).as("mod hash ZIP: got %s, want %s", zip, want).isEqualTo(want);
      assertThat(sum.get(key) + "\n").as("go.sum line for %s: got %s, want %s", key, sum.get(key), want)
          .isEqualTo(want);
      Result dir = fx.gomedic(fx.main, fx.cache, "mod", "hash", "--module", m.id(),
          GoCacheFixture.dir(fx.cache, m).toString());
      assertThat(dir.out()).as("mod hash --module DIR: got %s, want %s", dir, want).isEqualTo(want);
      assertThat(ziphash).as(".ziphash of %s: got %s, want go's reported Sum", m.id(), ziphash)
          .isEqualTo(fx.reported.get(m.id()).get(0));
      String wantMod = key + "/go.mod " + fx.reported.get(m.id()).get(1) + "\n";
      Result mod = fx.gomedic(fx.main, fx.cache, "mod", "hash", "--module", m.id(),
          GoCacheFixture.download(fx.cache, m, "mod").toString());
      assertThat(mod.out()).as("mod hash --module MOD: got %s, want %s", mod, wantMod).isEqualTo(wantMod);
      String modLine = sum.get(key + "/go.mod");
      if (modLine != null) {
        assertThat(modLine + "\n").as("go.sum /go.mod line: got %s, want %s", modLine, wantMod).isEqualTo(wantMod);
      }
      Result bare = fx.gomedic(fx.main, fx.cache, "mod", "hash", GoCacheFixture.download(fx.cache, m, "mod").toString());
      String wantBare = fx.reported.get(m.id()).get(1) + "\n";
      assertThat(bare.out()).as("mod hash MOD: got %s, want %s", bare, wantBare).isEqualTo(wantBare);
    }
  }

  private static void sameAsGo(Path cache, String what) throws Exception {
    Result go = fx.go(cache, Map.of(), "mod", "verify");
    Result ours = fx.gomedic(fx.main, cache, "mod", "verify");
    assertThat(ours).as("%s: got\n%s\nwant go's\n%s", what, ours, go).isEqualTo(go);
  }

  @Test
  void intactCacheVerifiesAsGoSays() throws Exception {
    Result go = fx.go(fx.cache, Map.of(), "mod", "verify");
    assertThat(go.out()).as("go on the intact cache: %s", go).isEqualTo("all modules verified\n");
    sameAsGo(fx.cache, "intact cache");
  }

  @Test
  void changedExtractedFile() throws Exception {
    Path cache = fx.copyCache("changed-file");
    GeneratedModule m = mods.get(1);
    String victim = firstNonGoMod(m);
    Path file = GoCacheFixture.dir(cache, m).resolve(victim);
    Files.writeString(file, "tampered\n");
    sameAsGo(cache, "changed " + victim);
    Result deep = fx.gomedic(fx.main, cache, "mod", "verify", "--deep");
    assertThat(deep.code()).as("--deep exit: got %s, want 1", deep).isEqualTo(1);
    assertThat(deep.out()).as("--deep names the file: got %s, want a line 'changed: %s'", deep, victim)
        .contains("\tchanged: " + victim + "\n")
        .contains(m.path() + " " + m.version() + ": modified\n");
  }

  @Test
  void addedAndDeletedExtractedFiles() throws Exception {
    Path cache = fx.copyCache("added-deleted");
    GeneratedModule m = mods.get(3);
    String victim = firstNonGoMod(m);
    Path dir = GoCacheFixture.dir(cache, m);
    Files.delete(dir.resolve(victim));
    Files.writeString(dir.resolve("extra.go"), "package extra\n");
    sameAsGo(cache, "deleted " + victim + ", added extra.go");
    Result json = fx.gomedic(fx.main, cache, "mod", "verify", "--json");
    assertThat(json.code()).as("--json exit: got %s, want 1", json).isEqualTo(1);
    String compact = json.out().replaceAll("\\s+(?=[\\[\\]{}\"])|(?<=[:,\\[{])\\s+", "");
    assertThat(compact).as("--json: got %s", json)
        .contains("\"schemaVersion\":1,")
        .contains("\"added\":[\"extra.go\"]")
        .contains("\"deleted\":[\"" + victim + "\"]");
    assertThat(SchemaCheck.problems("mod-verify.schema.json", json.out()))
        .as("mod verify --json against docs/schemas/mod-verify.schema.json: got problems, want none").isEmpty();
    assertThat(SchemaCheck.problems("mod-verify.schema.json", json.out().replace("\"modified\"", "\"tampered\"")))
        .as("a status the schema does not list is refused").isNotEmpty();
  }

  @Test
  void changedZip() throws Exception {
    Path cache = fx.copyCache("changed-zip");
    GeneratedModule m = mods.get(4);
    Map<String, byte[]> files = new LinkedHashMap<>(m.files());
    String victim = firstNonGoMod(m);
    files.put(victim, "tampered\n".getBytes(StandardCharsets.UTF_8));
    Path zip = GoCacheFixture.download(cache, m, "zip");
    Files.delete(zip);
    GoCacheFixture.zip(m.withFiles(files), zip);
    sameAsGo(cache, "changed zip");
    Result deep = fx.gomedic(fx.main, cache, "mod", "verify", "--deep");
    assertThat(deep.out()).as("--deep on a changed zip: got %s", deep)
        .contains("zip has been modified (" + zip + ")")
        .contains("does not match go.sum")
        .contains("\tchanged: " + victim + "\n");
  }

  /** go stops at a dependency go.mod that does not match go.sum, before verifying anything. */
  @Test
  void changedModFileOfARoot() throws Exception {
    Path cache = fx.copyCache("changed-mod");
    GeneratedModule m = mods.get(0);
    Path mod = GoCacheFixture.download(cache, m, "mod");
    Files.writeString(mod, Files.readString(mod) + "// edited\n");
    Files.writeString(GoCacheFixture.dir(cache, mods.get(1)).resolve(firstNonGoMod(mods.get(1))), "x");
    Result go = fx.go(cache, Map.of(), "mod", "verify");
    assertThat(go.err()).as("go: %s", go).contains("SECURITY ERROR");
    sameAsGo(cache, "changed .mod");
    Result deep = fx.gomedic(fx.main, cache, "mod", "verify", "--deep");
    assertThat(deep.out()).as("--deep: got %s", deep).contains("\tgo.mod (" + mod + ") h1:")
        .contains("does not match go.sum");
  }

  @Test
  void missingZiphash() throws Exception {
    Path cache = fx.copyCache("missing-ziphash");
    Files.delete(GoCacheFixture.download(cache, mods.get(2), "ziphash"));
    sameAsGo(cache, "missing ziphash");
  }

  @Test
  void severalDamagesInBuildListOrder() throws Exception {
    Path cache = fx.copyCache("several");
    Files.delete(GoCacheFixture.download(cache, mods.get(4), "ziphash"));
    Files.writeString(GoCacheFixture.dir(cache, mods.get(0)).resolve(firstNonGoMod(mods.get(0))), "x");
    Files.delete(GoCacheFixture.download(cache, mods.get(1), "zip"));
    sameAsGo(cache, "three damaged modules");
  }

  @Test
  void intactDeepReportVerifiesEveryModule() throws Exception {
    Result deep = fx.gomedic(fx.main, fx.cache, "mod", "verify", "--deep");
    assertThat(deep.code()).as("--deep exit on the intact cache: got %s, want 0", deep).isZero();
    assertThat(deep.out()).as("--deep summary: got %s", deep)
        .endsWith(mods.size() + " modules: " + mods.size() + " verified, 0 modified, 0 not verifiable, 0 not downloaded\n");
  }

  private static String firstNonGoMod(GeneratedModule m) {
    List<String> names = new ArrayList<>(m.files().keySet());
    names.remove("go.mod");
    names.remove("LICENSE");
    return names.get(0);
  }
}
