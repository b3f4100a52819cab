package dev.gomedic.mod.sumfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.testkit.Oracle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoSumTest {
  static final String QUOTE =
      "rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=\n"
          + "rsc.io/quote v1.5.2/go.mod h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=\n";

  @Test
  void looksUpZipAndGoModHashes() throws GoSumException {
    GoSum sum = GoSum.parse(QUOTE, "go.sum");
    assertThat(sum.zipHash("rsc.io/quote", "v1.5.2")).contains("h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=");
    assertThat(sum.goModHash("rsc.io/quote", "v1.5.2")).contains("h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=");
    assertThat(sum.zipHash("rsc.io/quote", "v1.5.3")).isEmpty();
    assertThat(sum.entries()).extracting(GoSum.Entry::line).containsExactly(1, 2);
    assertThat(sum.entries().get(1).isGoMod()).isTrue();
    assertThat(sum.format()).isEqualTo(QUOTE);
  }

  @Test
  void unknownHashPrefixesAreKeptButNotLookedUp() throws GoSumException {
    GoSum sum = GoSum.parse("a.com/m v1.0.0 h2:future=\na.com/m v1.0.0 h1:now=\n", "go.sum");
    assertThat(sum.zipHash("a.com/m", "v1.0.0")).contains("h1:now=");
    assertThat(sum.format()).isEqualTo("a.com/m v1.0.0 h1:now=\na.com/m v1.0.0 h2:future=\n");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("rsc.io/quote v1.5.2\n", 1, "wrong number of fields 2"),
        Arguments.of("\n\n  \t\na b c d\n", 4, "wrong number of fields 4"),
        Arguments.of(QUOTE + "x\n", 3, "wrong number of fields 1"),
        Arguments.of("a b c\r\nd e f g h i j\r\n", 2, "wrong number of fields 7"),
        Arguments.of("a b c\u00a0d\n", 1, "wrong number of fields 4"));
  }

  @ParameterizedTest(name = "{2} at line {1}")
  @MethodSource("malformed")
  void malformedLinesNameFileAndLine(String text, int line, String problem) {
    assertThatThrownBy(() -> GoSum.parse(text, "dir/go.sum"))
        .isInstanceOfSatisfying(GoSumException.class, e -> {
          assertThat(e.line()).as("line").isEqualTo(line);
          assertThat(e.problem()).as("problem").isEqualTo(problem);
          assertThat(e.getMessage()).isEqualTo("dir/go.sum:" + line + ": " + problem);
          assertThat(e.goMessage()).isEqualTo("malformed go.sum:\ndir/go.sum:" + line + ": " + problem);
        });
  }

  @Test
  void readStopsWhereGoStops() {
    GoSum sum = GoSum.read((QUOTE + "broken\n" + "b.com/m v1.0.0 h1:x=\n").getBytes(StandardCharsets.UTF_8), "go.sum");
    assertThat(sum.entries()).hasSize(2);
    assertThat(sum.stoppedAt()).hasValueSatisfying(e -> assertThat(e.line()).isEqualTo(3));
    assertThat(sum.zipHash("b.com/m", "v1.0.0")).as("line after the malformed one").isEmpty();
  }

  @Test
  void blankLinesCrlfAndEmptyGoModHash() throws GoSumException {
    String text = "\r\n  \na.com/m v1.0.0 h1:a=\r\nb.com/m v1.0.0/go.mod " + GoSum.EMPTY_GO_MOD_HASH + "\nc.com/m v1.0.0 h1:c=";
    GoSum sum = GoSum.parse(text, "go.sum");
    assertThat(sum.entries()).extracting(GoSum.Entry::path).containsExactly("a.com/m", "c.com/m");
    assertThat(sum.entries()).extracting(GoSum.Entry::line).containsExactly(3, 5);
    assertThat(sum.format()).isEqualTo("a.com/m v1.0.0 h1:a=\nc.com/m v1.0.0 h1:c=\n");
    assertThat(GoSum.parse("", "go.sum").entries()).isEmpty();
  }

  @Test
  void addWritesSortedAndDeduplicated() throws GoSumException {
    GoSum sum = GoSum.parse(QUOTE, "go.sum")
        .add("rsc.io/quote", "v1.10.0", "h1:b=")
        .add("rsc.io/quote", "v1.9.0/go.mod", "h1:c=")
        .add("golang.org/x/text", "v0.0.0-20170915032832-14c0d48ead0c/go.mod", "h1:d=")
        .add("rsc.io/quote", "v1.5.2/go.mod", "h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=");
    assertThat(sum.format()).isEqualTo(
        "golang.org/x/text v0.0.0-20170915032832-14c0d48ead0c/go.mod h1:d=\n"
            + QUOTE
            + "rsc.io/quote v1.9.0/go.mod h1:c=\n"
            + "rsc.io/quote v1.10.0 h1:b=\n");
    assertThatThrownBy(() -> sum.add("a b", "v1", "h1:x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void binaryAndHugeInputFailCleanly() throws IOException {
    byte[] junk = new byte[200_000];
    new Random(1).nextBytes(junk);
    GoSum sum = GoSum.read(junk, "go.sum");
    assertThat(sum.stoppedAt()).as("random bytes are malformed").isPresent();

    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
    assertThatThrownBy(() -> GoSum.parse(endless, "go.sum", 1 << 20))
        .isInstanceOf(GoSumException.class)
        .hasMessage("go.sum: file too large (more than 1048576 bytes)");
    assertThatThrownBy(() -> GoSum.parse(new ByteArrayInputStream(new byte[] {'a', ' ', 'b'}), "go.sum"))
        .hasMessage("go.sum:1: wrong number of fields 2");
  }

  /** go.sum files written by the go command must come back byte for byte. */
  @Test
  void realGoSumFilesRoundTrip() throws IOException {
    Oracle.requireXMod();
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("/usr/share/gocode/src"))) {
      files = s.filter(p -> p.getFileName().toString().equals("go.sum")).toList();
    }
    List<String> mismatches = new ArrayList<>();
    int lines = 0;
    for (Path p : files) {
      byte[] data = Files.readAllBytes(p);
      try {
        GoSum sum = GoSum.parse(data, p.toString());
        lines += sum.entries().size();
        if (!sum.format().equals(new String(data, StandardCharsets.UTF_8))) {
          mismatches.add(p.toString());
        }
      } catch (GoSumException e) {
        mismatches.add(e.getMessage());
      }
    }
    System.out.printf("GoSumTest: %d go.sum files, %d lines compared%n", files.size(), lines);
    assertThat(files).as("go.sum files found").hasSizeGreaterThan(20);
    assertThat(mismatches).as("files whose formatted form differs").isEmpty();
  }

  @Test
  void entryCountIsBounded() {
    byte[] many = "a b c\n".repeat(GoSum.MAX_ENTRIES + 5).getBytes(StandardCharsets.UTF_8);
    GoSum sum = GoSum.read(many, "go.sum");
    assertThat(sum.entries()).hasSize(GoSum.MAX_ENTRIES);
    assertThat(sum.stoppedAt()).hasValueSatisfying(e -> assertThat(e.getMessage())
        .isEqualTo("go.sum:" + (GoSum.MAX_ENTRIES + 1) + ": too many lines (more than 500000 checksums)"));
  }
}
