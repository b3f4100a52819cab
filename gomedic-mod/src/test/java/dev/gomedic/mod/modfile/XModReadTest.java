package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.GoQuote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The vectors of x/mod's read_test.go (newest x/mod) and its fixVersion table. */
class XModReadTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> punctuation() {
    return Stream.of(
        Arguments.of("paren", "require ()", "require ( )"),
        Arguments.of("brackets", "require []{},", "require [ ] { } ,"),
        Arguments.of("mix", "require a[b]c{d}e,", "require a [ b ] c { d } e ,"),
        Arguments.of("block_mix", "require (\n\ta[b]\n)", "require ( a [ b ] )"),
        Arguments.of("interval", "require [v1.0.0, v1.1.0)", "require [ v1.0.0 , v1.1.0 )"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void punctuation(String desc, String src, String want) throws Exception {
    FileSyntax f = ModFile.parseSyntax("go.mod", b(src));
    List<String> tokens = new ArrayList<>();
    for (Expr stmt : f.statements()) {
      if (stmt instanceof Line l) {
        tokens.addAll(l.tokens());
      } else if (stmt instanceof LineBlock bl) {
        tokens.addAll(bl.tokens());
        tokens.add("(");
        bl.lines().forEach(l -> tokens.addAll(l.tokens()));
        tokens.add(")");
      }
    }
    assertThat(String.join(" ", tokens)).as("tokens of %s: got, want", src).isEqualTo(want);
  }

  @Test
  void laxIgnoresIrrelevantErrors() throws Exception {
    String bad = """
        module m
        \t\tsurprise attack
        \t\tx y (
        \t\t\tz
        \t\t)
        \t\texclude v1.2.3
        \t\treplace <-!!!
        \t\tretract v1.2.3 v1.2.4
        \t\tretract (v1.2.3, v1.2.4]
        \t\tretract v1.2.3 (
        \t\t\tkey1 value1
        \t\t\tkey2 value2
        \t\t)
        \t\trequire good v1.0.0
        \t""";
    ModFile f = ModFile.parseLax("file", b(bad), null);
    assertThat(f.module().path()).isEqualTo("m");
    assertThat(f.requires()).extracting(Require::path).containsExactly("good");
  }

  static Stream<Arguments> modulePath() {
    return Stream.of(
        Arguments.of("module \"github.com/rsc/vgotest\"", "github.com/rsc/vgotest"),
        Arguments.of("module github.com/rsc/vgotest", "github.com/rsc/vgotest"),
        Arguments.of("module  \"github.com/rsc/vgotest\"", "github.com/rsc/vgotest"),
        Arguments.of("module  github.com/rsc/vgotest", "github.com/rsc/vgotest"),
        Arguments.of("module `github.com/rsc/vgotest`", "github.com/rsc/vgotest"),
        Arguments.of("module \"github.com/rsc/vgotest/v2\"", "github.com/rsc/vgotest/v2"),
        Arguments.of("module github.com/rsc/vgotest/v2", "github.com/rsc/vgotest/v2"),
        Arguments.of("module \"gopkg.in/yaml.v2\"", "gopkg.in/yaml.v2"),
        Arguments.of("module gopkg.in/yaml.v2", "gopkg.in/yaml.v2"),
        Arguments.of("module \"gopkg.in/check.v1\"\n", "gopkg.in/check.v1"),
        Arguments.of("module \"gopkg.in/check.v1\n\"", ""),
        Arguments.of("module gopkg.in/check.v1\n", "gopkg.in/check.v1"),
        Arguments.of("module \"gopkg.in/check.v1\"\r\n", "gopkg.in/check.v1"),
        Arguments.of("module gopkg.in/check.v1\r\n", "gopkg.in/check.v1"),
        Arguments.of("module \"gopkg.in/check.v1\"\n\n", "gopkg.in/check.v1"),
        Arguments.of("module gopkg.in/check.v1\n\n", "gopkg.in/check.v1"),
        Arguments.of("module \n\"gopkg.in/check.v1\"\n\n", ""),
        Arguments.of("module \ngopkg.in/check.v1\n\n", ""),
        Arguments.of("module \"gopkg.in/check.v1\"asd", ""),
        Arguments.of("module  \nmodule a/b/c ", "a/b/c"),
        Arguments.of("module \"   \"", "   "),
        Arguments.of("module   ", ""),
        Arguments.of("module \"  a/b/c  \"", "  a/b/c  "),
        Arguments.of("module \"github.com/rsc/vgotest1\" // with a comment", "github.com/rsc/vgotest1"));
  }

  @ParameterizedTest(name = "modulePath({0}) = {1}")
  @MethodSource
  void modulePath(String input, String want) {
    assertThat(ModFile.modulePath(b(input))).as("modulePath(%s): got, want", input).isEqualTo(want);
  }

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of("empty", "module m\ngo \n", false, false),
        Arguments.of("one", "module m\ngo 1\n", false, false),
        Arguments.of("two", "module m\ngo 1.22\n", true, true),
        Arguments.of("three", "module m\ngo 1.22.333", true, true),
        Arguments.of("before", "module m\ngo v1.2\n", false, false),
        Arguments.of("after", "module m\ngo 1.2rc1\n", true, true),
        Arguments.of("space", "module m\ngo 1.2 3.4\n", false, false),
        Arguments.of("alt1", "module m\ngo 1.2.3\n", true, true),
        Arguments.of("alt2", "module m\ngo 1.2rc1\n", true, true),
        Arguments.of("alt3", "module m\ngo 1.2beta1\n", true, true),
        Arguments.of("alt4", "module m\ngo 1.2.beta1\n", false, true),
        Arguments.of("alt1v", "module m\ngo v1.2.3\n", false, true),
        Arguments.of("alt2v", "module m\ngo v1.2rc1\n", false, true),
        Arguments.of("alt3v", "module m\ngo v1.2beta1\n", false, true),
        Arguments.of("alt4v", "module m\ngo v1.2.beta1\n", false, true),
        Arguments.of("alt1v2", "module m\ngo v1.2\n", false, true),
        Arguments.of("tool", "module m\ntoolchain go1.2\n", true, true),
        Arguments.of("tool1", "module m\ntoolchain go1.2.3\n", true, true),
        Arguments.of("tool2", "module m\ntoolchain go1.2rc1\n", true, true),
        Arguments.of("tool3", "module m\ntoolchain go1.2rc1-gccgo\n", true, true),
        Arguments.of("tool4", "module m\ntoolchain default\n", true, true),
        Arguments.of("tool5", "module m\ntoolchain inconceivable!\n", false, true));
  }

  @ParameterizedTest(name = "{0}: strict ok {2}, lax may pass {3}")
  @MethodSource
  void versions(String desc, String input, boolean ok, boolean laxOk) {
    if (ok) {
      assertThatCode(() -> ModFile.parse("go.mod", b(input))).as("strict %s", desc).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> ModFile.parse("go.mod", b(input))).as("strict %s", desc)
          .isInstanceOf(ModFileException.class);
    }
    if (ok) {
      assertThatCode(() -> ModFile.parseLax("go.mod", b(input), null)).as("lax %s", desc)
          .doesNotThrowAnyException();
    } else if (!laxOk) {
      assertThatThrownBy(() -> ModFile.parseLax("go.mod", b(input), null)).as("lax %s", desc)
          .isInstanceOf(ModFileException.class);
    }
  }

  static Stream<Arguments> comments() {
    return Stream.of(
        Arguments.of("comment_only", "\n// a\n// b\n", """
            comments before "// a"
            comments before "// b\""""),
        Arguments.of("line", "\n// a\n\n// b\nmodule m // c\n// d\n\n// e\n", """
            comments before "// a"
            line before "// b"
            line suffix "// c"
            comments before "// d"
            comments before "// e\""""),
        Arguments.of("block", "\n// a\n\n// b\nblock ( // c\n\t// d\n\n\t// e\n\tx // f\n\t// g\n\n\t// h\n) // i\n"
            + "// j\n\n// k\n", """
            comments before "// a"
            block before "// b"
            lparen suffix "// c"
            blockline before "// d"
            blockline before ""
            blockline before "// e"
            blockline suffix "// f"
            rparen before "// g"
            rparen before ""
            rparen before "// h"
            rparen suffix "// i"
            comments before "// j"
            comments before "// k\""""),
        Arguments.of("cr_removed", "// a\r\r\n", "comments before \"// a\\r\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void comments(String desc, String input, String want) throws Exception {
    ModFile f = ModFile.parseLax("go.mod", b(input), null);
    StringBuilder sb = new StringBuilder();
    dump(sb, "file", f.syntax().comments());
    for (Expr stmt : f.syntax().statements()) {
      if (stmt instanceof CommentBlock) {
        dump(sb, "comments", stmt.comments());
      } else if (stmt instanceof Line) {
        dump(sb, "line", stmt.comments());
      } else if (stmt instanceof LineBlock bl) {
        dump(sb, "block", bl.comments());
        dump(sb, "lparen", bl.lparen().comments());
        bl.lines().forEach(l -> dump(sb, "blockline", l.comments()));
        dump(sb, "rparen", bl.rparen().comments());
      }
    }
    assertThat(sb.toString().strip()).as("comments of %s: got, want", desc).isEqualTo(want);
  }

  private static void dump(StringBuilder sb, String prefix, Comments c) {
    c.before().forEach(x -> sb.append(prefix).append(" before ").append(goQuote(x.token())).append('\n'));
    c.suffix().forEach(x -> sb.append(prefix).append(" suffix ").append(goQuote(x.token())).append('\n'));
    c.after().forEach(x -> sb.append(prefix).append(" after ").append(goQuote(x.token())).append('\n'));
  }

  private static String goQuote(String s) {
    return GoQuote.quote(s);
  }

  @Test
  void cleanupKeepsTheLineOfACollapsedBlock() throws Exception {
    ModFile f = ModFile.parse("go.mod", b("module a\nrequire (\n\tb v1.0.0\n\tc v1.0.0\n)\n"));
    Line lineB = f.requires().get(0).syntax();
    f.dropRequire("c");
    f.cleanup();
    assertThat(f.syntax().statements().get(1)).as("statement after cleanup").isSameAs(lineB);
    assertThat(f.format()).isEqualTo("module a\n\nrequire b v1.0.0\n");
  }

  static Stream<Arguments> fixVersion() {
    return Stream.of(
        Arguments.of("require", "require example.com/m 1.0.0", "require example.com/m v1.0.0", ""),
        Arguments.of("replace", "replace example.com/m 1.0.0 => example.com/m 1.1.0",
            "replace example.com/m v1.0.0 => example.com/m v1.1.0", ""),
        Arguments.of("replace_version_in_path", "replace example.com/m@v1.0.0 => example.com/m@v1.1.0", "",
            "replacement module must match format 'path version', not 'path@version'"),
        Arguments.of("replace_version_in_later_path", "replace example.com/m => example.com/m@v1.1.0", "",
            "replacement module must match format 'path version', not 'path@version'"),
        Arguments.of("exclude", "exclude example.com/m 1.0.0", "exclude example.com/m v1.0.0", ""),
        Arguments.of("retract_single", "module example.com/m\n\t\tretract 1.0.0",
            "module example.com/m\n\t\tretract v1.0.0", ""),
        Arguments.of("retract_interval", "module example.com/m\n\t\tretract [1.0.0, 1.1.0]",
            "module example.com/m\n\t\tretract [v1.0.0, v1.1.0]", ""),
        Arguments.of("retract_nomod", "retract 1.0.0", "",
            "in:1:1: no module directive found, so retract cannot be used"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void fixVersion(String desc, String in, String want, String wantErr) throws Exception {
    VersionFixer fixV = (path, v) -> v.startsWith("v") ? v : "v" + v;
    if (!wantErr.isEmpty()) {
      assertThatThrownBy(() -> ModFile.parse("in", b(in), fixV)).hasMessageContaining(wantErr);
      return;
    }
    assertThat(ModFile.parse("in", b(in), fixV).format()).as("%s: got, want", desc)
        .isEqualTo(ModFile.parse("out", b(want)).format());
  }
}
