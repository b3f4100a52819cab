package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Quoting, directory paths, go/toolchain versions and positions, with the values Go's code gives. */
class TokensTest {
  static Stream<Arguments> mustQuote() {
    return Stream.of(
        Arguments.of("example.com/m", false), Arguments.of("", true), Arguments.of("a b", true),
        Arguments.of("a\"b", true), Arguments.of("a'b", true), Arguments.of("a`b", true),
        Arguments.of("(", false), Arguments.of("[", false), Arguments.of("a(", true), Arguments.of("a,b", true),
        Arguments.of("a//b", true), Arguments.of("a/*b", true), Arguments.of("a/b", false),
        Arguments.of("a\u00a0b", true), Arguments.of("a\u200bb", true), Arguments.of("ünïcödé", false),
        Arguments.of("a\tb", true), Arguments.of("v1.2.3+incompatible", false));
  }

  @ParameterizedTest(name = "mustQuote({0}) = {1}")
  @MethodSource
  void mustQuote(String s, boolean want) {
    assertThat(ModText.mustQuote(s)).as("mustQuote(%s): got, want", s).isEqualTo(want);
  }

  @ParameterizedTest(name = "isDirectoryPath({0}) = {1}")
  @CsvSource({
    ".,true", "..,true", "./a,true", "../a,true", ".\\a,true", "..\\a,true", "/abs,true", "\\abs,true",
    "c:,true", "C:\\x,true", "z:/x,true", "example.com/m,false", ".a,false", "..a,false", "a/./b,false",
    "1:x,false"
  })
  void isDirectoryPath(String s, boolean want) {
    assertThat(ModText.isDirectoryPath(s)).as("isDirectoryPath(%s): got, want", s).isEqualTo(want);
  }

  @ParameterizedTest(name = "quote({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
    "a b|\"a b\"", "a\"b|\"a\\\"b\"", "a\\b|\"a\\\\b\"", "tab\there|\"tab\\there\"",
    "\u007f|\"\\x7f\"", "\u00a0|\"\\u00a0\"", "\ufeff|\"\\ufeff\"", "é|\"é\""
  })
  void quote(String s, String want) {
    assertThat(ModText.quote(s)).as("quote: got, want").isEqualTo(want);
    assertThat(GoQuote.unquote(want)).as("unquote(quote(s))").isEqualTo(s);
  }

  @ParameterizedTest(name = "unquote({0}) fails")
  @CsvSource(delimiter = '|', value = {"\"a", "\"\\q\"", "\"\\'\"", "\"\\400\"", "\"\\xZZ\"", "\"\\ud800\"", "\"a\"b\""})
  void unquoteRejects(String s) {
    assertThatThrownBy(() -> GoQuote.unquote(s)).hasMessage("invalid syntax");
  }

  @ParameterizedTest(name = "isGoVersion({0}) = {1}")
  @CsvSource({
    "1.21,true", "1.21.0,true", "1.21rc1,true", "1.21.0rc1,true", "1.2beta1,true", "1,false", "1.2.3.4,false",
    "v1.21,false", "01.2,false", "1.02,false", "1.2.beta1,false", "1.21-rc1,false"
  })
  void isGoVersion(String v, boolean want) {
    assertThat(ModText.isGoVersion(v)).as("isGoVersion(%s): got, want", v).isEqualTo(want);
  }

  @ParameterizedTest(name = "isToolchain({0}) = {1}")
  @CsvSource({"default,true", "go1,true", "go1.21,true", "go1.21.0-custom,true", "go1x,false", "go2.0,false",
      "1.21,false", "defaults,false"})
  void isToolchain(String v, boolean want) {
    assertThat(ModText.isToolchain(v)).as("isToolchain(%s): got, want", v).isEqualTo(want);
  }

  @Test
  void positionsCountLinesRunesAndBytes() throws Exception {
    FileSyntax f = ModFile.parseSyntax("go.mod", "// é\nmodule é/m // ü\nrequire (\n\tx v1\n)\n"
        .getBytes(StandardCharsets.UTF_8));
    Line module = (Line) f.statements().get(0);
    assertThat(module.start()).isEqualTo(new Position(2, 1, 6));
    assertThat(module.end()).isEqualTo(new Position(2, 11, 17));
    assertThat(module.comments().suffix().get(0).start()).isEqualTo(new Position(2, 12, 18));
    LineBlock block = (LineBlock) f.statements().get(1);
    assertThat(block.lines().get(0).start()).isEqualTo(new Position(4, 2, 35));
    assertThat(block.rparen().start()).isEqualTo(new Position(5, 1, 40));
    assertThat(new Position(1, 1, 0).after("ab\ncé")).isEqualTo(new Position(2, 3, 6));
  }

  @Test
  void indirectMarkingIsAddedAndRemovedKeepingOtherText() throws Exception {
    ModFile f = ModFile.parse("go.mod", ("module m\nrequire (\n\ta v1.0.0 // keep\n\tb v1.0.0 // indirect; why\n"
        + "\tc v1.0.0 //indirect\n)\n").getBytes(StandardCharsets.UTF_8));
    assertThat(f.requires()).extracting(Require::indirect).containsExactly(false, true, true);
    f.setRequire(List.of(Require.of("a", "v1.0.0", true), Require.of("b", "v1.0.0", false),
        Require.of("c", "v1.0.0", false)));
    f.cleanup();
    assertThat(f.format()).isEqualTo(
        "module m\n\nrequire (\n\ta v1.0.0 // indirect; keep\n\tb v1.0.0 // why\n\tc v1.0.0\n)\n");
  }

  @Test
  void invalidUtf8InCommentsAndTokensIsKeptByteForByte() throws Exception {
    byte[] in = {'m', 'o', 'd', 'u', 'l', 'e', ' ', 'm', ' ', '/', '/', ' ', (byte) 0xE9, 't', (byte) 0xE9, '\n',
        'r', 'e', 'q', 'u', 'i', 'r', 'e', ' ', 'x', (byte) 0xFF, ' ', 'v', '1', '.', '0', '.', '0', '\n'};
    byte[] want = {'m', 'o', 'd', 'u', 'l', 'e', ' ', 'm', ' ', '/', '/', ' ', (byte) 0xE9, 't', (byte) 0xE9, '\n',
        '\n', 'r', 'e', 'q', 'u', 'i', 'r', 'e', ' ', 'x', (byte) 0xFF, ' ', 'v', '1', '.', '0', '.', '0', '\n'};
    assertThat(ModFile.parse("go.mod", in).formatBytes()).as("format bytes: got, want").isEqualTo(want);
  }
}
