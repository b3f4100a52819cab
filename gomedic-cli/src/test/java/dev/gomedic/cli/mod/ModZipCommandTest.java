package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gomedic mod zip create|check} and {@code mod hash}'s user errors, against x/mod's own test cases. */
class ModZipCommandTest {
  @TempDir Path tmp;

  private ModRun run(String... args) {
    return ModRun.in(tmp, args);
  }

  /** x/mod's check_dir cases: the CLI prints each case's want block, $work being the directory. */
  @Test
  void checkDirPrintsXModsWantBlocks() throws IOException {
    Path cases = Oracle.requireXMod().resolve("zip/testdata/check_dir");
    List<Path> files;
    try (Stream<Path> s = Files.list(cases)) {
      files = s.sorted().toList();
    }
    assertThat(files).as("x/mod check_dir cases").isNotEmpty();
    for (Path c : files) {
      Txtar t = Txtar.read(c);
      Path work = Files.createDirectories(tmp.resolve(c.getFileName().toString().replace(".txt", "")));
      for (Txtar.File f : t.files()) {
        if (!f.name().equals("want")) {
          Path p = work.resolve(f.name());
          Files.createDirectories(p.getParent());
          Files.writeString(p, f.data());
        }
      }
      String want = t.file("want").replace("$work", work.toString());
      ModRun r = run("mod", "zip", "check", work.toString());
      assertThat(r.out()).as("%s: got\n%s\nwant\n%s", c.getFileName(), r.out(), want).isEqualTo(want);
      int wantCode = want.substring(want.indexOf("invalid:\n") + 9).isEmpty() ? 0 : 1;
      assertThat(r.code()).as("%s exit: got %d, want %d", c.getFileName(), r.code(), wantCode).isEqualTo(wantCode);
    }
  }

  /** x/mod's check_zip "various" case, less its duplicate entry (java.util.zip cannot write one). */
  @Test
  void checkZipPrintsXModsWantBlock() throws IOException {
    Txtar t = Txtar.read(Oracle.requireXMod().resolve("zip/testdata/check_zip/various.txt"));
    Path zip = tmp.resolve("various.zip");
    Set<String> seen = new LinkedHashSet<>();
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Txtar.File f : t.files()) {
        if (!f.name().equals("want") && seen.add(f.name())) {
          z.putNextEntry(new ZipEntry(f.name()));
          z.write(f.data().getBytes(StandardCharsets.UTF_8));
          z.closeEntry();
        }
      }
    }
    String want = t.file("want").replace(
        "example.com/various@v1.0.0/valid.go: multiple entries for file \"valid.go\"\n", "");
    ModRun r = run("mod", "zip", "check", "--module", "example.com/various@v1.0.0", zip.toString());
    assertThat(r.out()).as("got\n%s\nwant\n%s", r.out(), want).isEqualTo(want);
    assertThat(r.code()).as("exit: got %d, want 1", r.code()).isEqualTo(1);
  }

  private Path module() throws IOException {
    Path dir = tmp.resolve("m");
    write(dir.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
    write(dir.resolve("a.go"), "package m\n");
    write(dir.resolve("vendor/x/y.go"), "package y\n");
    write(dir.resolve(".git/config"), "[core]\n");
    write(dir.resolve("sub/go.mod"), "module example.com/m/sub\n");
    return dir;
  }

  private static void write(Path p, String s) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, s);
  }

  @Test
  void createListsOmittedFilesOnStderrAndWritesTheZip() throws IOException {
    Path dir = module();
    Path out = tmp.resolve("out.zip");
    ModRun r = run("mod", "zip", "create", "--module", "example.com/m@v1.0.0", dir.toString(), out.toString());
    assertThat(r.code()).as("exit: got %d (%s), want 0", r.code(), r.err()).isZero();
    assertThat(r.out()).as("stdout: got %s, want nothing", r.out()).isEmpty();
    String wantErr = "omitted: " + dir.resolve(".git") + ": directory is a version control repository\n"
        + "omitted: " + dir.resolve("sub") + ": directory is in another module\n"
        + "omitted: " + dir.resolve("vendor/x/y.go") + ": file is in vendor directory\n";
    assertThat(r.err()).as("stderr: got\n%s\nwant\n%s", r.err(), wantErr).isEqualTo(wantErr);
    assertThat(entries(out)).as("entries").containsExactlyInAnyOrder("example.com/m@v1.0.0/go.mod",
        "example.com/m@v1.0.0/a.go");
    ModRun zipHash = run("mod", "hash", out.toString());
    Path extracted = tmp.resolve("x");
    write(extracted.resolve("go.mod"), "module example.com/m\n\ngo 1.19\n");
    write(extracted.resolve("a.go"), "package m\n");
    ModRun dirHash = run("mod", "hash", "--module", "example.com/m@v1.0.0", extracted.toString());
    assertThat(zipHash.out()).as("hash of the zip: got %s, want that of a tree of its two files, %s", zipHash.out(),
        dirHash.out()).isEqualTo(dirHash.out()).startsWith("example.com/m v1.0.0 h1:");
    assertThat(run("mod", "hash", "--module", "example.com/m@v1.0.0", out.toString()).out())
        .as("--module on a zip names the same line").isEqualTo(zipHash.out());
  }

  @Test
  void createOfAnInvalidModuleLeavesNoZipAndNoTemporaryFile() throws IOException {
    Path dir = module();
    write(dir.resolve("GO.MOD"), "module x\n");
    Path out = tmp.resolve("out.zip");
    ModRun r = run("mod", "zip", "create", "--module", "example.com/m@v1.0.0", dir.toString(), out.toString());
    assertThat(r.code()).as("exit: got %d, want 1", r.code()).isEqualTo(1);
    assertThat(r.err()).as("stderr: got %s", r.err())
        .endsWith("gomedic: create zip " + dir + ": GO.MOD: go.mod files must have lowercase names\n")
        .doesNotContain("Exception");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).as("files beside OUT.zip").containsExactly("m");
    }
  }

  @Test
  void createRefusesANonCanonicalVersion() throws IOException {
    Path dir = module();
    ModRun r = run("mod", "zip", "create", "--module", "example.com/m@v1.0", dir.toString(), "o.zip");
    assertThat(r.err()).as("stderr").isEqualTo(
        "gomedic: --module example.com/m@v1.0: version \"v1.0\" is not canonical (should be \"v1.0.0\")\n");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void hashUserErrorsAreOneLine() throws IOException {
    Path dir = module();
    ModRun noModule = run("mod", "hash", dir.toString());
    assertThat(noModule.err()).as("a directory without --module").isEqualTo("gomedic: mod hash " + dir
        + ": a directory needs --module PATH@VERSION (the names hashed start with PATH@VERSION/)\n");
    assertThat(noModule.code()).isEqualTo(1);
    ModRun missing = run("mod", "hash", "nope.zip");
    assertThat(missing.err()).as("a missing file").isEqualTo("gomedic: open nope.zip: no such file or directory\n");
    ModRun notZip = run("mod", "hash", dir.resolve("a.go").toString());
    assertThat(notZip.err()).as("not a zip").isEqualTo("gomedic: " + dir.resolve("a.go") + ": zip: not a valid zip file\n");
    ModRun mod = run("mod", "hash", dir.resolve("go.mod").toString());
    assertThat(mod.out()).as("bare go.mod hash").matches("h1:[A-Za-z0-9+/]{43}=\n");
  }

  private static List<String> entries(Path zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
        names.add(e.nextElement().getName());
      }
    }
    return names;
  }

}
