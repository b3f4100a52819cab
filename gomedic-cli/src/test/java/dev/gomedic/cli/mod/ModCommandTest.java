package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code gomedic mod fmt} and {@code gomedic mod edit}: output, exit codes, and the file on disk. */
class ModCommandTest {
  private static final String MESSY = "module   example.com/m\n"
      + "require (\n  \"golang.org/x/text\" v0.3.0 // indirect\n\texample.com/b v1.2\n)\n"
      + "go 1.18\n";
  private static final String TIDY = "module example.com/m\n\n"
      + "require (\n\texample.com/b v1.2.0\n\tgolang.org/x/text v0.3.0 // indirect\n)\n\ngo 1.18\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void fmtPrintsTheFormattedFile() throws IOException {
    write("go.mod", MESSY);
    ModRun r = ModRun.in(dir, "mod", "fmt");
    assertThat(r.code()).as("exit code").isZero();
    assertThat(r.out()).as("stdout: got, want").isEqualTo(TIDY);
    assertThat(read("go.mod")).as("file untouched without -w").isEqualTo(MESSY);
  }

  @Test
  void fmtWriteReplacesTheFileKeepingItsMode() throws IOException {
    Path p = write("sub/go.mod", MESSY);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
    ModRun r = ModRun.in(dir, "mod", "fmt", "-w", "sub/go.mod");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(read("sub/go.mod")).isEqualTo(TIDY);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-r-----");
    try (Stream<Path> s = Files.list(dir.resolve("sub"))) {
      assertThat(s.map(x -> x.getFileName().toString())).as("no temp file left").containsExactly("go.mod");
    }
  }

  @Test
  void fmtFormatsAGoWorkFileAsAWorkFile() throws IOException {
    write("go.work", "go 1.22\nuse (\n./b\n./a\n)\nuse ./a\n");
    ModRun r = ModRun.in(dir, "mod", "fmt", "go.work");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("go 1.22\n\nuse (\n\t./a\n\t./b\n)\n\nuse ./a\n");
  }

  @Test
  void fmtOfABadFileFailsWithOneLineAndLeavesItAlone() throws IOException {
    write("go.mod", "module m\nrequire x v1.2.x\n");
    ModRun r = ModRun.in(dir, "mod", "fmt", "-w");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(
        "gomedic: go.mod:2:1: require x: version \"v1.2.x\" invalid: must be of the form v1.2.3\n");
    assertThat(read("go.mod")).isEqualTo("module m\nrequire x v1.2.x\n");
  }

  @Test
  void editJsonHasGoStructure() throws IOException {
    write("go.mod", "// Deprecated: use v2\nmodule example.com/m\n\ngo 1.22.0\n\ntoolchain go1.22.5\n\n"
        + "godebug panicnil=1\n\nrequire example.com/a v1.0.0 // indirect\n\n"
        + "replace example.com/a => ../a\n\nretract [v1.0.0, v1.1.0] // oops\n\ntool example.com/a/cmd/t\n");
    ModRun r = ModRun.in(dir, "mod", "edit", "-json");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("""
        {
        \t"Module": {
        \t\t"Path": "example.com/m",
        \t\t"Deprecated": "use v2"
        \t},
        \t"Go": "1.22.0",
        \t"Toolchain": "go1.22.5",
        \t"Godebug": [
        \t\t{
        \t\t\t"Key": "panicnil",
        \t\t\t"Value": "1"
        \t\t}
        \t],
        \t"Require": [
        \t\t{
        \t\t\t"Path": "example.com/a",
        \t\t\t"Version": "v1.0.0",
        \t\t\t"Indirect": true
        \t\t}
        \t],
        \t"Exclude": null,
        \t"Replace": [
        \t\t{
        \t\t\t"Old": {
        \t\t\t\t"Path": "example.com/a"
        \t\t\t},
        \t\t\t"New": {
        \t\t\t\t"Path": "../a"
        \t\t\t}
        \t\t}
        \t],
        \t"Retract": [
        \t\t{
        \t\t\t"Low": "v1.0.0",
        \t\t\t"High": "v1.1.0",
        \t\t\t"Rationale": "oops"
        \t\t}
        \t],
        \t"Tool": [
        \t\t{
        \t\t\t"Path": "example.com/a/cmd/t"
        \t\t}
        \t]
        }
        """);
  }

  @Test
  void editAppliesRepeatedFlagsInOrderAndWritesInPlace() throws IOException {
    write("go.mod", "module example.com/m\n\ngo 1.21\n");
    ModRun r = ModRun.in(dir, "mod", "edit", "-require=example.com/a@v1.0.0", "-require", "example.com/b@v1.1.0",
        "-droprequire=example.com/a", "-replace=example.com/b=../b", "-exclude=example.com/c@v1.0.0",
        "--toolchain=go1.21.3", "-godebug=panicnil=1", "-ignore=./vendor2", "-tool=example.com/b/cmd/x");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(read("go.mod")).isEqualTo("module example.com/m\n\ngo 1.21\n\ntoolchain go1.21.3\n\n"
        + "require example.com/b v1.1.0\n\nreplace example.com/b => ../b\n\nexclude example.com/c v1.0.0\n\n"
        + "godebug panicnil=1\n\nignore ./vendor2\n\ntool example.com/b/cmd/x\n");
  }

  @Test
  void editThatFailsLeavesTheFileAlone() throws IOException {
    write("go.mod", "module example.com/m\n");
    ModRun r = ModRun.in(dir, "mod", "edit", "-require=example.com/a@v1.0.0", "-exclude=example.com/c@v1.0");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("gomedic: -exclude=example.com/c@v1.0: version \"v1.0\" invalid: "
        + "must be of the form v1.2.3\n");
    assertThat(read("go.mod")).isEqualTo("module example.com/m\n");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(new String[] {"mod", "edit"}, 2, "no flags specified (see 'gomedic mod edit --help')"),
        Arguments.of(new String[] {"mod", "edit", "-json", "-print"}, 2, "cannot use both -json and -print"),
        Arguments.of(new String[] {"mod", "edit", "-fmt", "a", "b"}, 2, "too many arguments"),
        Arguments.of(new String[] {"mod", "edit", "-bogus"}, 2, "flag provided but not defined: -bogus"),
        Arguments.of(new String[] {"mod", "edit", "-require"}, 2, "flag needs an argument: -require"),
        Arguments.of(new String[] {"mod", "edit", "-json=maybe"}, 2,
            "invalid boolean value \"maybe\" for -json: parse error"),
        Arguments.of(new String[] {"mod", "edit", "-require=x"}, 1, "-require=x: need path@version"),
        Arguments.of(new String[] {"mod", "edit", "-droprequire=x@v1.0.0"}, 1,
            "-droprequire=x@v1.0.0: need just path, not path@version"),
        Arguments.of(new String[] {"mod", "edit", "-replace=a@v1.0.0"}, 1,
            "-replace=a@v1.0.0: need old[@v]=new[@w] (missing =)"),
        Arguments.of(new String[] {"mod", "edit", "-replace=a=>b"}, 1,
            "-replace=a=>b: separator between old and new is =, not =>"),
        Arguments.of(new String[] {"mod", "edit", "-replace=a=b"}, 1,
            "-replace=a=b: unversioned new path must be local directory"),
        Arguments.of(new String[] {"mod", "edit", "-retract=[v1.0.0"}, 1,
            "-retract=[v1.0.0: invalid version interval: \"[v1.0.0\""),
        Arguments.of(new String[] {"mod", "edit", "-godebug=x"}, 1, "-godebug=x: need key=value"),
        Arguments.of(new String[] {"mod", "edit", "-go=1.2.3.4"}, 1,
            "invalid -go option; expecting something like \"-go 1.22.0\""),
        Arguments.of(new String[] {"mod", "edit", "-fmt", "missing.mod"}, 1,
            "open missing.mod: no such file or directory"),
        Arguments.of(new String[] {"mod", "edit", "-json", "bad.mod"}, 1,
            "bad.mod:2:1: unknown directive: foo"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource
  void mistakes(String[] args, int code, String message) throws IOException {
    write("go.mod", "module m\n");
    write("bad.mod", "module m\nfoo\n");
    ModRun r = ModRun.in(dir, args);
    assertThat(r.code()).as("exit code").isEqualTo(code);
    String first = r.err().lines().findFirst().orElse("");
    assertThat(first).as("first stderr line: got, want").isEqualTo("gomedic: " + message);
    assertThat(r.err().lines().count()).as("stderr lines").isLessThanOrEqualTo(2);
    assertThat(read("go.mod")).isEqualTo("module m\n");
  }

  @Test
  void hugeFileFailsWithOneLine() throws IOException {
    Path p = dir.resolve("go.mod");
    byte[] line = "// padding padding padding padding padding padding padding padding padding padding\n"
        .getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(p)) {
      for (long n = 0; n <= ModFiles.MAX_SIZE; n += line.length) {
        out.write(line);
      }
    }
    ModRun r = ModRun.in(dir, "mod", "fmt");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("gomedic: go.mod: file too large (").endsWith("limit is 67108864)\n");
  }
}
