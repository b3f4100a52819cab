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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * go mod verify's corners against the real go 1.19: a zip with directory entries (golang/go#53448), directory
 * and module replacements, no go.mod at all, and a workspace; and what --deep says of each.
 */
class ModVerifyReplaceTest {
  @TempDir static Path tmp;
  static GoCacheFixture fx;
  static List<GeneratedModule> mods;

  @BeforeAll
  static void fill() throws Exception {
    Oracle.requireGo();
    mods = ModuleGenerator.generate(11, 3);
    String goMod = "module example.com/main\n\ngo 1.19\n\nrequire (\n\t" + mods.get(0).path() + " "
        + mods.get(0).version() + "\n\t" + mods.get(2).path() + " " + mods.get(2).version() + "\n)\n";
    fx = GoCacheFixture.create(tmp, mods, goMod, ModVerifyReplaceTest::zip);
  }

  /** The zips of ModZip.create, but m1's with a directory entry for each directory, as some hosts make them. */
  private static void zip(GeneratedModule m, Path zip) throws IOException {
    if (!m.path().equals(mods.get(1).path())) {
      GoCacheFixture.zip(m, zip);
      return;
    }
    String prefix = m.id() + "/";
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry(prefix));
      z.closeEntry();
      java.util.Set<String> dirs = new java.util.HashSet<>();
      for (Map.Entry<String, byte[]> f : m.files().entrySet()) {
        int slash = f.getKey().lastIndexOf('/');
        if (slash > 0 && dirs.add(f.getKey().substring(0, slash))) {
          z.putNextEntry(new ZipEntry(prefix + f.getKey().substring(0, slash + 1)));
          z.closeEntry();
        }
        z.putNextEntry(new ZipEntry(prefix + f.getKey()));
        z.write(f.getValue());
        z.closeEntry();
      }
    }
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (fx != null) {
      GoCacheFixture.makeWritable(fx.cache);
    }
  }

  private static void sameAsGo(Path dir, String what) throws Exception {
    Result go = fx.goIn(dir, fx.cache, Map.of(), "mod", "verify");
    Result ours = fx.gomedic(dir, fx.cache, "mod", "verify");
    assertThat(ours).as("%s: got\n%s\nwant go's\n%s", what, ours, go).isEqualTo(go);
  }

  private static Path mainWith(String name, String extra) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.writeString(dir.resolve("go.mod"), "module example.com/" + name + "\n\ngo 1.19\n\nrequire "
        + mods.get(0).path() + " " + mods.get(0).version() + "\n" + extra);
    Files.copy(fx.main.resolve("go.sum"), dir.resolve("go.sum"));
    return dir;
  }

  @Test
  void directoryEntriesFalseAlarmIsGosAndDeepClearsIt() throws Exception {
    Result go = fx.go(fx.cache, Map.of(), "mod", "verify");
    assertThat(go.err()).as("go 1.19 on a zip with directory entries (golang/go#53448): %s", go)
        .contains(mods.get(1).path() + " " + mods.get(1).version() + ": dir has been modified (");
    sameAsGo(fx.main, "zip with directory entries");
    Result deep = fx.gomedic(fx.main, fx.cache, "mod", "verify", "--deep");
    assertThat(deep.code()).as("--deep exit: got %s, want 0", deep).isZero();
    assertThat(deep.out()).as("--deep: got %s", deep)
        .contains(mods.get(1).path() + " " + mods.get(1).version() + ": verified\n\tthe zip has directory entries (")
        .contains("golang/go#53448");
  }

  @Test
  void directoryReplacementIsNotVerifiable() throws Exception {
    Path local = Files.createDirectories(tmp.resolve("local"));
    Files.writeString(local.resolve("go.mod"), "module " + mods.get(0).path() + "\n\ngo 1.19\n");
    Path dir = mainWith("dirrepl", "\nreplace " + mods.get(0).path() + " => ../local\n");
    sameAsGo(dir, "directory replacement");
    Result deep = fx.gomedic(dir, fx.cache, "mod", "verify", "--deep");
    assertThat(deep.out()).as("--deep: got %s", deep)
        .contains(mods.get(0).path() + " " + mods.get(0).version() + ": not verifiable\n\treplaced by directory "
            + local + ": a directory replacement is never hashed");
  }

  @Test
  void moduleReplacementIsCheckedInsteadOfTheOriginal() throws Exception {
    GeneratedModule r = mods.get(2);
    Path dir = mainWith("modrepl", "\nreplace " + mods.get(0).path() + " => " + r.path() + " " + r.version() + "\n");
    sameAsGo(dir, "module replacement");
    Result deep = fx.gomedic(dir, fx.cache, "mod", "verify", "--deep");
    assertThat(deep.out()).as("--deep: got %s", deep)
        .contains(mods.get(0).path() + " " + mods.get(0).version() + ": verified\n\treplaced by " + r.path() + " "
            + r.version() + ": checking the replacement");
  }

  @Test
  void noGoModSaysWhatGoSays() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    sameAsGo(empty, "no go.mod");
  }

  @Test
  void workspaceOfOneModule() throws Exception {
    Path ws = Files.createDirectories(tmp.resolve("ws"));
    Path a = mainWith("ws/a", "");
    Files.writeString(ws.resolve("go.work"), "go 1.19\n\nuse ./a\n");
    sameAsGo(a, "workspace");
  }
}
