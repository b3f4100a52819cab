package dev.gomedic.mod.modzip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * x/mod's zip txtar tests (zip_test.go's TestCheckFiles, TestCheckDir, TestCheckZip, TestCreate,
 * TestCreateFromDir, TestUnzip), every case: the valid/omitted/invalid report, the error text, the h1 hash.
 */
class XModZipTest {
  @TempDir Path tmp;

  private Stream<DynamicTest> cases(String kind, ThrowingConsumer<XModCase> body) {
    Oracle.requireXMod(); // skips (fails under CI) without golang-golang-x-mod-dev
    List<XModCase> all = XModCase.all(kind);
    assertThat(all).as("cases of %s", kind).isNotEmpty();
    return all.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> body.accept(c)));
  }

  /** Go's formatCheckedFiles. */
  static String format(CheckedFiles cf) {
    StringBuilder sb = new StringBuilder("valid:\n");
    cf.valid().forEach(v -> sb.append(v).append('\n'));
    sb.append("\nomitted:\n");
    cf.omitted().forEach(e -> sb.append(e).append('\n'));
    sb.append("\ninvalid:\n");
    cf.invalid().forEach(e -> sb.append(e).append('\n'));
    return sb.toString();
  }

  private static void assertReport(String got, CheckedFiles cf, XModCase c) {
    assertThat(got).as("got:\n%s\nwant:\n%s", got, c.want()).isEqualTo(c.want());
    String wantErr = cf.invalid().stream().map(FileError::toString).collect(Collectors.joining("\n"));
    String gotErr = cf.error().orElse("");
    assertThat(gotErr).as("got error %s, want %s", gotErr, wantErr).isEqualTo(wantErr);
  }

  @TestFactory
  Stream<DynamicTest> checkFiles() {
    return cases("check_files", c -> {
      CheckedFiles cf = ModZip.checkFiles(c.moduleFiles());
      assertReport(format(cf), cf, c);
    });
  }

  @TestFactory
  Stream<DynamicTest> checkDir() {
    return cases("check_dir", c -> {
      Path dir = Files.createTempDirectory(tmp, "work");
      c.extractTo(dir);
      CheckedFiles cf = ModZip.checkDir(dir);
      assertReport(format(cf).replace(dir.toString(), "$work"), cf, c);
    });
  }

  @TestFactory
  Stream<DynamicTest> checkZip() {
    return cases("check_zip", c -> {
      Path zip = c.writeZip(Files.createTempFile(tmp, "check", ".zip"));
      CheckedFiles cf = ModZip.checkZip(c.module(), zip);
      assertReport(format(cf), cf, c);
    });
  }

  /** Runs {@code action}; either it fails with an error containing wantErr, or it succeeds and hash is checked. */
  private static void expect(XModCase c, IoAction action, HashSource hash) throws IOException {
    try {
      action.run();
    } catch (IOException e) {
      if (c.wantErr().isEmpty()) {
        fail("got error %s, want success", e.getMessage());
      }
      assertThat(e.getMessage()).as("got error %s, want one containing %s", e.getMessage(), c.wantErr())
          .contains(c.wantErr());
      return;
    }
    if (!c.wantErr().isEmpty()) {
      fail("got success, want error containing %s", c.wantErr());
    }
    String got = hash.get();
    assertThat(got).as("got hash %s, want %s", got, c.hash()).isEqualTo(c.hash());
  }

  interface IoAction {
    void run() throws IOException;
  }

  interface HashSource {
    String get() throws IOException;
  }

  @TestFactory
  Stream<DynamicTest> create() {
    return cases("create", c -> {
      Path zip = Files.createTempFile(tmp, "create", ".zip");
      expect(c, () -> {
        try (OutputStream out = Files.newOutputStream(zip)) {
          ModZip.create(out, c.module(), c.moduleFiles());
        }
      }, () -> DirHash.hashZip(zip));
    });
  }

  @TestFactory
  Stream<DynamicTest> createFromDir() {
    return cases("create_from_dir", c -> {
      Path dir = Files.createTempDirectory(tmp, "src");
      c.extractTo(dir);
      Path zip = Files.createTempFile(tmp, "create", ".zip");
      expect(c, () -> {
        try (OutputStream out = Files.newOutputStream(zip)) {
          ModZip.createFromDir(out, c.module(), dir);
        }
      }, () -> DirHash.hashZip(zip));
    });
  }

  @TestFactory
  Stream<DynamicTest> unzip() {
    return cases("unzip", c -> {
      Path zip = c.writeZip(Files.createTempFile(tmp, "unzip", ".zip"));
      Path dir = Files.createTempDirectory(tmp, "out");
      String prefix = c.module().path() + "@" + c.module().version() + "/";
      expect(c, () -> ModZip.unzip(dir, c.module(), zip), () -> DirHash.hashDir(dir, prefix));
    });
  }
}
