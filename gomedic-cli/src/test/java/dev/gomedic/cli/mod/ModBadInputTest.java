package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.mod.InProcessGomedic.Run;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.gomod.FileKind;
import dev.gomedic.testkit.gomod.GoModEditOracle;
import dev.gomedic.testkit.gomod.GoVerdict;
import dev.gomedic.testkit.gomod.GoVerdict.GoError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and odd go.mod files through the CLI: each is either accepted exactly as go 1.19 accepts it (same output)
 * or rejected with exit 1 and exactly one stderr line {@code gomedic: go.mod:LINE:COL: ...} naming the line go
 * names, with no stack trace, and the file on disk untouched (same bytes, same mtime, no leftovers) by a failed
 * {@code mod fmt -w} or {@code mod edit -require=...}.
 *
 * <p>What go 1.19 does with each input is not written down here: the test asks go (through the cached oracle).
 * Measured once: unknown directive → {@code go.mod:3: unknown directive: foo}; unterminated block →
 * {@code go.mod:5: syntax error (unterminated block started at go.mod:3:1)}; newline in a quoted string →
 * {@code go.mod:3:30: unexpected newline in string}; {@code v1.2} → accepted as {@code v1.2.0}; {@code module "a b"} →
 * accepted; {@code module a b} → {@code go.mod:1: usage: module module/path}; binary →
 * {@code go.mod:1: unexpected input character '\x00'}; empty → accepted, empty output; CRLF → accepted, printed with
 * LF; UTF-8 BOM → {@code go.mod:1: unexpected input character} U+FEFF; 50 MB of requires → accepted and printed
 * unchanged (4.9 s, 1 GB); invalid UTF-8 in a comment → accepted, the bytes printed back raw; 10,000 bad lines →
 * 10,000 error lines (gomedic: one); a {@code module ( ... )} block → accepted, printed as one line.
 *
 * <p>stdout is compared as text ({@link dev.gomedic.cli.Gomedic#run} writes characters, so raw invalid UTF-8 cannot
 * reach it); the file written by {@code mod fmt -w} is compared byte for byte with go's output.
 */
class ModBadInputTest {
  private static final Pattern ONE_ERROR = Pattern.compile("gomedic: go\\.mod:(\\d+):(\\d+): \\S.*");
  private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
  private static final String NEW_REQUIRE = "-require=example.com/added@v1.0.0";

  @TempDir static Path scratch;
  private static GoModEditOracle oracle;
  private static InProcessGomedic gomedic;

  @BeforeAll
  static void setUp() {
    oracle = new GoModEditOracle(Oracle.requireGo(), GoModEditOracle.defaultCacheDir(System.getenv()),
        scratch.resolve("oracle"), Duration.ofMinutes(2));
    gomedic = new InProcessGomedic(Duration.ofMinutes(5));
  }

  @AfterAll
  static void tearDown() {
    if (gomedic != null) {
      gomedic.close();
    }
  }

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("unknown directive", utf8("module example.com/m\n\nfoo bar\n")),
        Arguments.of("unterminated block", utf8("module example.com/m\n\nrequire (\n\texample.com/a v1.0.0\n")),
        Arguments.of("newline in quoted string", utf8("module example.com/m\n\nreplace example.com/a => \"./x\n")),
        Arguments.of("bad escape in quoted string", utf8("module example.com/m\n\nrequire \"example.com/\\q\" v1.0.0\n")),
        Arguments.of("short version v1.2", utf8("module example.com/m\n\nrequire example.com/a v1.2\n")),
        Arguments.of("quoted module path with a space", utf8("module \"example.com/a b\"\n\ngo 1.19\n")),
        Arguments.of("unquoted module path with a space", utf8("module example.com/a b\n")),
        Arguments.of("binary", binary()),
        Arguments.of("NUL byte on line 2", utf8("module example.com/m\n\0\n")),
        Arguments.of("invalid UTF-8 in a comment", bytes("module example.com/m\n// \u00ff\u00fe\n")),
        Arguments.of("empty", new byte[0]),
        Arguments.of("only a comment", utf8("// nothing here\n")),
        Arguments.of("CRLF line endings", utf8("module example.com/m\r\n\r\nrequire (\r\n\texample.com/a v1.0.0\r\n)\r\n")),
        Arguments.of("CRLF with an error", utf8("module example.com/m\r\nfoo\r\n")),
        Arguments.of("UTF-8 BOM", utf8("\ufeffmodule example.com/m\n\ngo 1.19\n")),
        Arguments.of("50 MB with an error on the last line", huge(true)),
        Arguments.of("a 1 MB module path on one line", utf8("module example.com/" + "a".repeat(1 << 20) + "\n")),
        Arguments.of("10,000 unknown directives", utf8("module example.com/m\n" + "foo bar\n".repeat(10_000))),
        Arguments.of("10,000 open blocks", utf8("module example.com/m\n" + "require (\n".repeat(10_000))),
        Arguments.of("a lone paren", utf8("(\n")),
        Arguments.of("CR-only line endings", utf8("module example.com/m\rgo 1.19\r")),
        Arguments.of("no newline at the end", utf8("module example.com/m\n\ngo 1.19")),
        Arguments.of("form feed and vertical tab", utf8("module example.com/m\n\f\u000b\ngo 1.19\n")),
        Arguments.of("NUL inside a quoted string", utf8("module \"example.com/\0m\"\n")),
        Arguments.of("non-ASCII module path", utf8("module 例子.com/m\n\ngo 1.19\n")),
        Arguments.of("block opened on the module line", utf8("module (\n\texample.com/m\n)\n")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void behavesLikeGo(String name, byte[] content) throws Exception {
    GoModEditOracle.Result goPrint = oracle.run(FileKind.MOD, GoModEditOracle.Op.PRINT, content);
    GoModEditOracle.Result goJson = oracle.run(FileKind.MOD, GoModEditOracle.Op.JSON, content);
    GoVerdict verdict = GoVerdict.of(goPrint.exitCode(), goPrint.stderr());
    Path dir = Files.createTempDirectory(scratch, "case");
    Path file = dir.resolve("go.mod");
    write(file, content);

    Run fmt = gomedic.run(dir, "mod", "fmt", "go.mod");
    Run json = gomedic.run(dir, "mod", "edit", "-json", "go.mod");
    if (verdict.category() == GoVerdict.Category.ACCEPTED) {
      assertAccepted(fmt, goPrint.stdout(), name + ": mod fmt");
      assertAccepted(json, goJson.stdout(), name + ": mod edit -json");
    } else {
      GoError first = verdict.errors().get(0);
      assertRejected(fmt, first, name + ": mod fmt");
      assertRejected(json, first, name + ": mod edit -json");
    }

    for (String[] args : List.of(new String[] {"mod", "fmt", "-w", "go.mod"},
        new String[] {"mod", "edit", NEW_REQUIRE, "go.mod"})) {
      write(file, content);
      Run r = gomedic.run(dir, args);
      String cmd = name + ": " + String.join(" ", args);
      if (verdict.category() == GoVerdict.Category.ACCEPTED) {
        assertThat(r.exitCode()).as("%s: exit code (%s)", cmd, r).isZero();
        if (args[1].equals("fmt")) {
          // Byte for byte, even where the output is not UTF-8 (stdout is text; the file is not).
          assertThat(Files.readAllBytes(file)).as("%s: file written, want go's -print output", cmd)
              .isEqualTo(goPrint.stdout());
        } else {
          assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
              .as("%s: file written", cmd).contains("example.com/added v1.0.0");
        }
      } else {
        assertThat(r.exitCode()).as("%s: exit code (%s)", cmd, r).isEqualTo(1);
        assertThat(Files.readAllBytes(file)).as("%s failed: file bytes", cmd).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file)).as("%s failed: file mtime", cmd).isEqualTo(OLD);
      }
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString()).toList())
            .as("%s: files left in the directory", cmd).containsExactly("go.mod");
      }
    }
  }

  /** The 50 MB file is valid: go 1.19 prints it unchanged (measured: 4.9 s). gomedic must too, in bounded time. */
  @Test
  void fiftyMegabytesOfRequiresIsFormattedUnchanged() throws Exception {
    byte[] content = huge(false);
    Path dir = Files.createTempDirectory(scratch, "huge");
    write(dir.resolve("go.mod"), content);
    Run fmt = gomedic.run(dir, "mod", "fmt", "go.mod");
    assertThat(fmt.exitCode()).as("mod fmt of 50 MB: exit code (%s)", fmt.stderr()).isZero();
    assertThat(Arrays.equals(fmt.stdoutBytes(), content))
        .withFailMessage("mod fmt of 50 MB: got %d bytes of output, want the %d input bytes unchanged",
            fmt.stdoutBytes().length, content.length)
        .isTrue();
  }

  private static void assertAccepted(Run r, byte[] want, String cmd) {
    assertThat(r.exitCode()).as("%s: exit code (go 1.19 accepts; %s)", cmd, r).isZero();
    assertThat(r.stderr()).as("%s: stderr", cmd).isEmpty();
    assertThat(r.stdout())
        .as("%s: output, got\n%s\nwant (go 1.19)\n%s", cmd, r.stdout(), new String(want, StandardCharsets.UTF_8))
        .isEqualTo(new String(want, StandardCharsets.UTF_8));
  }

  private static void assertRejected(Run r, GoError go, String cmd) {
    String want = "go.mod:" + go.line() + (go.column() > 0 ? ":" + go.column() : ":COL") + ": ...";
    assertThat(r.exitCode()).as("%s: exit code, got %s, want 1 (go 1.19: %s)", cmd, r, go).isEqualTo(1);
    assertThat(r.stdout()).as("%s: stdout", cmd).isEmpty();
    assertThat(r.stderrLines()).as("%s: stderr lines, want one like 'gomedic: %s'", cmd, want).hasSize(1);
    String line = r.stderrLines().get(0);
    Matcher m = ONE_ERROR.matcher(line);
    assertThat(m.matches()).as("%s: stderr, got '%s', want 'gomedic: %s'", cmd, line, want).isTrue();
    assertThat(Integer.parseInt(m.group(1))).as("%s: error line, got '%s', want '%s'", cmd, line, want)
        .isEqualTo(go.line());
    if (go.column() > 0) {
      assertThat(Integer.parseInt(m.group(2))).as("%s: error column, got '%s', want '%s'", cmd, line, want)
          .isEqualTo(go.column());
    }
    assertThat(line).as("%s: no Java exception in the message", cmd).doesNotContain("Exception", "\tat ");
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.write(file, content);
    Files.setLastModifiedTime(file, OLD);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Each char as one byte (for invalid UTF-8). */
  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    new Random(20261125L).nextBytes(b);
    b[0] = 0;
    return b;
  }

  /** A formatted go.mod of just over 50 MB: one require block; with {@code broken}, its closing paren is missing. */
  static byte[] huge(boolean broken) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(53 * 1024 * 1024);
    out.writeBytes(utf8("module example.com/huge\n\ngo 1.19\n\nrequire (\n"));
    int n = 50 * 1024 * 1024 / 30 + 1;
    for (int i = 0; i < n; i++) {
      out.writeBytes(utf8(String.format("\texample.com/m%08d v1.0.0\n", i)));
    }
    if (!broken) {
      out.writeBytes(utf8(")\n"));
    }
    return out.toByteArray();
  }
}
