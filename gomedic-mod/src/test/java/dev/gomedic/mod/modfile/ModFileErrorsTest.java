package dev.gomedic.mod.modfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Problems in bad go.mod files: the go command's words (checked against go 1.19, which prints the same text
 * without the column), at file:line:col.
 */
class ModFileErrorsTest {
  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("module m\nfoo bar\n", "go.mod:2:1: unknown directive: foo"),
        Arguments.of("module m\nrequire (\n\tx v1.0.0\n",
            "go.mod:4:1: syntax error (unterminated block started at go.mod:2:1)"),
        Arguments.of("module \"m\n", "go.mod:1:10: unexpected newline in string"),
        Arguments.of("module \"m", "go.mod:1:8: unexpected EOF in string"),
        Arguments.of("module \"m\\q\"\n", "go.mod:1:1: invalid quoted string: invalid syntax"),
        Arguments.of("module m\nrequire x v1.2.x\n",
            "go.mod:2:1: require x: version \"v1.2.x\" invalid: must be of the form v1.2.3"),
        Arguments.of("module m\nrequire (\n\tx v1.2.x\n)\n",
            "go.mod:3:2: require x: version \"v1.2.x\" invalid: must be of the form v1.2.3"),
        Arguments.of("\u0000\u0001binary", "go.mod:1:1: unexpected input character '\\x00'"),
        Arguments.of("\uFEFFmodule m\n", "go.mod:1:1: unexpected input character '\\ufeff'"),
        Arguments.of("module m\nrequire x/v2 v1.0.0\n",
            "go.mod:2:1: require x/v2: version \"v1.0.0\" invalid: should be v2, not v1"),
        Arguments.of("module m\nreplace x => y\n", "go.mod:2:1: replacement module without version must be "
            + "directory path (rooted or starting with . or ..)"),
        Arguments.of("module m\nreplace x v1 => ../y v1.0.0\n",
            "go.mod:2:1: replacement module directory path \"../y\" cannot have version"),
        Arguments.of("module m\n/* c */\n", "go.mod:2:1: mod files must use // comments (not /* */ comments)"),
        Arguments.of("module m\nretract [v1.0.0 v1.1.0]\n", "go.mod:2:1: expected ',' after version"),
        Arguments.of("module m\nretract v1.0.0 x\n", "go.mod:2:1: unexpected token after version: \"x\""),
        Arguments.of("module m\ngo 1.21\ngo 1.22\n", "go.mod:3:1: repeated go statement"),
        Arguments.of("module m\ngo 1.2.3.4\n", "go.mod:2:1: invalid go version '1.2.3.4': must match format 1.23.0"),
        Arguments.of("module m\nrequire x\n", "go.mod:2:1: usage: require module/path v1.2.3"),
        Arguments.of("module m\ntoolchain go1.21 x\n", "go.mod:2:1: toolchain directive expects exactly one argument"),
        Arguments.of("module m\ntoolchain 1.21\n",
            "go.mod:2:1: invalid toolchain version '1.21': must match format go1.23.0 or default"),
        Arguments.of("module m\ngodebug foo\n", "go.mod:2:1: usage: godebug key=value"),
        Arguments.of("module m\ntool a b\n", "go.mod:2:1: tool directive expects exactly one argument"),
        Arguments.of("module m\nignore\n", "go.mod:2:1: ignore directive expects exactly one argument"),
        Arguments.of("module m\nrequire (\n) x\n", "go.mod:3:4: syntax error (expected newline after closing paren)"),
        Arguments.of("module m\nrequire 'x' v1.0.0\n",
            "go.mod:2:1: invalid quoted string: unquoted string cannot contain quote"),
        Arguments.of("module m\nmodule n\n", "go.mod:2:1: repeated module statement"),
        Arguments.of("module m\ntoolchain (\n\tgo1.21\n)\n", "go.mod:2:1: unknown block type: toolchain"),
        Arguments.of("module a b\n", "go.mod:1:1: usage: module module/path"),
        Arguments.of("module m\nreplace x v1.0.0 y\n", "go.mod:2:1: usage: replace module/path [v1.2.3] =>"
            + " other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource
  void problems(String input, String want) {
    ModFileException e = catchThrowableOfType(
        () -> ModFile.parse("go.mod", input.getBytes(StandardCharsets.UTF_8)), ModFileException.class);
    assertThat(e).as("parse error for %s", input).isNotNull();
    assertThat(e.problems().get(0).toString()).as("first problem: got, want").isEqualTo(want);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of("module m\r\nrequire x v1.0.0\r\n", "module m\n\nrequire x v1.0.0\n"),
        Arguments.of("module m\nrequire x v1.2\n", "module m\n\nrequire x v1.2.0\n"),
        Arguments.of("module \"a b\"\n", "module \"a b\"\n"),
        Arguments.of("module \"example.com/m\"\n", "module example.com/m\n"),
        Arguments.of("module m\nexclude x v1.0.0+incompatible\n", "module m\n\nexclude x v1.0.0+incompatible\n"),
        Arguments.of("module m\ngo 1.27.0\ntoolchain go1.27.1\ngodebug (\n\tpanicnil=1\n)\ntool example.com/t\n"
            + "ignore ./node_modules\n", "module m\n\ngo 1.27.0\n\ntoolchain go1.27.1\n\ngodebug (\n\tpanicnil=1\n)"
            + "\n\ntool example.com/t\n\nignore ./node_modules\n"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource
  void accepted(String input, String formatted) throws Exception {
    assertThat(ModFile.parse("go.mod", input.getBytes(StandardCharsets.UTF_8)).format())
        .as("format: got, want").isEqualTo(formatted);
  }

  @Test
  void hugeFileIsRefusedBeforeParsing() {
    byte[] data = new byte[SyntaxParser.MAX_SIZE + 1];
    Arrays.fill(data, (byte) '\n');
    ModFileException e = catchThrowableOfType(() -> ModFile.parse("go.mod", data), ModFileException.class);
    assertThat(e.problems().get(0).toString()).startsWith("go.mod: file too large (67108865 bytes");
  }

  @Test
  void everyProblemIsListed() {
    ModFileException e = catchThrowableOfType(
        () -> ModFile.parse("go.mod", "module m\nfoo\nbar\n".getBytes(StandardCharsets.UTF_8)),
        ModFileException.class);
    assertThat(e.getMessage()).isEqualTo("go.mod:2:1: unknown directive: foo\ngo.mod:3:1: unknown directive: bar");
    assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3);
  }
}
