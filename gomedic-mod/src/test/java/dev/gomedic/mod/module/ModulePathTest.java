package dev.gomedic.mod.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vector tables of x/mod's module_test.go (0.7.0; the newest x/mod has the same tables). The Go
 * test's invalid-UTF-8 byte \xFF is a lone surrogate here.
 */
class ModulePathTest {

  static Arguments row(Object... values) {
    return Arguments.of(values);
  }

  static Stream<Arguments> checkTests() {
    return Stream.of(
      row("rsc.io/quote", "0.1.0", false),
      row("rsc io/quote", "v1.0.0", false),
      row("github.com/go-yaml/yaml", "v0.8.0", true),
      row("github.com/go-yaml/yaml", "v1.0.0", true),
      row("github.com/go-yaml/yaml", "v2.0.0", false),
      row("github.com/go-yaml/yaml", "v2.1.5", false),
      row("github.com/go-yaml/yaml", "v3.0.0", false),
      row("github.com/go-yaml/yaml/v2", "v1.0.0", false),
      row("github.com/go-yaml/yaml/v2", "v2.0.0", true),
      row("github.com/go-yaml/yaml/v2", "v2.1.5", true),
      row("github.com/go-yaml/yaml/v2", "v3.0.0", false),
      row("gopkg.in/yaml.v0", "v0.8.0", true),
      row("gopkg.in/yaml.v0", "v1.0.0", false),
      row("gopkg.in/yaml.v0", "v2.0.0", false),
      row("gopkg.in/yaml.v0", "v2.1.5", false),
      row("gopkg.in/yaml.v0", "v3.0.0", false),
      row("gopkg.in/yaml.v1", "v0.8.0", false),
      row("gopkg.in/yaml.v1", "v1.0.0", true),
      row("gopkg.in/yaml.v1", "v2.0.0", false),
      row("gopkg.in/yaml.v1", "v2.1.5", false),
      row("gopkg.in/yaml.v1", "v3.0.0", false),
      row("gopkg.in/check.v1", "v0.0.0", false),
      row("gopkg.in/check.v1", "v0.0.0-20160102150405-abcdef123456", true),
      row("gopkg.in/yaml.v2", "v1.0.0", false),
      row("gopkg.in/yaml.v2", "v2.0.0", true),
      row("gopkg.in/yaml.v2", "v2.1.5", true),
      row("gopkg.in/yaml.v2", "v3.0.0", false),
      row("rsc.io/quote", "v17.0.0", false),
      row("rsc.io/quote", "v17.0.0+incompatible", true));
  }

  @ParameterizedTest(name = "check({0}, {1}) ok={2}")
  @MethodSource("checkTests")
  void check(String path, String version, boolean ok) {
    Throwable t = catchThrowable(() -> ModulePath.check(path, version));
    assertThat(t == null).as("check(%s, %s) succeeded, got %s, want ok=%s", path, version, t, ok).isEqualTo(ok);
  }

  static Stream<Arguments> checkPathTests() {
    return Stream.of(
      row("x.y/z", true, true, true),
      row("x.y", true, true, true),
      row("", false, false, false),
      row("x.y/\uD800z", false, false, false),
      row("/x.y/z", false, false, false),
      row("x./z", false, false, false),
      row(".x/z", false, true, true),
      row("-x/z", false, false, true),
      row("x..y/z", true, true, true),
      row("x.y/z/../../w", false, false, false),
      row("x.y//z", false, false, false),
      row("x.y/z//w", false, false, false),
      row("x.y/z/", false, false, false),
      row("x.y/z/v0", false, true, true),
      row("x.y/z/v1", false, true, true),
      row("x.y/z/v2", true, true, true),
      row("x.y/z/v2.0", false, true, true),
      row("X.y/z", false, true, true),
      row("!x.y/z", false, false, true),
      row("_x.y/z", false, true, true),
      row("x.y!/z", false, false, true),
      row("x.y\"/z", false, false, false),
      row("x.y#/z", false, false, true),
      row("x.y$/z", false, false, true),
      row("x.y%/z", false, false, true),
      row("x.y&/z", false, false, true),
      row("x.y'/z", false, false, false),
      row("x.y(/z", false, false, true),
      row("x.y)/z", false, false, true),
      row("x.y*/z", false, false, false),
      row("x.y+/z", false, true, true),
      row("x.y,/z", false, false, true),
      row("x.y-/z", true, true, true),
      row("x.y./zt", false, false, false),
      row("x.y:/z", false, false, false),
      row("x.y;/z", false, false, false),
      row("x.y</z", false, false, false),
      row("x.y=/z", false, false, true),
      row("x.y>/z", false, false, false),
      row("x.y?/z", false, false, false),
      row("x.y@/z", false, false, true),
      row("x.y[/z", false, false, true),
      row("x.y\\/z", false, false, false),
      row("x.y]/z", false, false, true),
      row("x.y^/z", false, false, true),
      row("x.y_/z", false, true, true),
      row("x.y`/z", false, false, false),
      row("x.y{/z", false, false, true),
      row("x.y}/z", false, false, true),
      row("x.y~/z", false, true, true),
      row("x.y/z!", false, false, true),
      row("x.y/z\"", false, false, false),
      row("x.y/z#", false, false, true),
      row("x.y/z$", false, false, true),
      row("x.y/z%", false, false, true),
      row("x.y/z&", false, false, true),
      row("x.y/z'", false, false, false),
      row("x.y/z(", false, false, true),
      row("x.y/z)", false, false, true),
      row("x.y/z*", false, false, false),
      row("x.y/z++", false, true, true),
      row("x.y/z,", false, false, true),
      row("x.y/z-", true, true, true),
      row("x.y/z.t", true, true, true),
      row("x.y/z/t", true, true, true),
      row("x.y/z:", false, false, false),
      row("x.y/z;", false, false, false),
      row("x.y/z<", false, false, false),
      row("x.y/z=", false, false, true),
      row("x.y/z>", false, false, false),
      row("x.y/z?", false, false, false),
      row("x.y/z@", false, false, true),
      row("x.y/z[", false, false, true),
      row("x.y/z\\", false, false, false),
      row("x.y/z]", false, false, true),
      row("x.y/z^", false, false, true),
      row("x.y/z_", true, true, true),
      row("x.y/z`", false, false, false),
      row("x.y/z{", false, false, true),
      row("x.y/z}", false, false, true),
      row("x.y/z~", true, true, true),
      row("x.y/x.foo", true, true, true),
      row("x.y/aux.foo", false, false, false),
      row("x.y/prn", false, false, false),
      row("x.y/prn2", true, true, true),
      row("x.y/com", true, true, true),
      row("x.y/com1", false, false, false),
      row("x.y/com1.txt", false, false, false),
      row("x.y/calm1", true, true, true),
      row("x.y/z~", true, true, true),
      row("x.y/z~0", false, false, true),
      row("x.y/z~09", false, false, true),
      row("x.y/z09", true, true, true),
      row("x.y/z09~", true, true, true),
      row("x.y/z09~09z", true, true, true),
      row("x.y/z09~09z~09", false, false, true),
      row("github.com/!123/logrus", false, false, true),
      row("github.com/user/unicode/испытание", false, false, true),
      row("../x", false, false, false),
      row("./y", false, false, false),
      row("x:y", false, false, false),
      row("\\temp\\foo", false, false, false),
      row(".gitignore", false, true, true),
      row(".github/ISSUE_TEMPLATE", false, true, true),
      row("x☺y", false, false, false));
  }

  @ParameterizedTest(name = "checkPath({0}) module={1} import={2} file={3}")
  @MethodSource("checkPathTests")
  void checkPath(String path, boolean ok, boolean importOk, boolean fileOk) {
    assertThat(catchThrowable(() -> ModulePath.checkPath(path)) == null).as("checkPath(%s) ok, want %s", path, ok).isEqualTo(ok);
    assertThat(ModulePath.isValidPath(path)).as("isValidPath(%s)", path).isEqualTo(ok);
    assertThat(catchThrowable(() -> ModulePath.checkImportPath(path)) == null).as("checkImportPath(%s) ok, want %s", path, importOk).isEqualTo(importOk);
    assertThat(ModulePath.isValidImportPath(path)).as("isValidImportPath(%s)", path).isEqualTo(importOk);
    assertThat(catchThrowable(() -> ModulePath.checkFilePath(path)) == null).as("checkFilePath(%s) ok, want %s", path, fileOk).isEqualTo(fileOk);
    assertThat(ModulePath.isValidFilePath(path)).as("isValidFilePath(%s)", path).isEqualTo(fileOk);

    PathSplit s = ModulePath.splitPathVersion(path);
    assertThat(s.prefix() + s.pathMajor()).as("splitPathVersion(%s) adds up", path).isEqualTo(path);

    if (!ok) {
      assertThat(catchThrowable(() -> ModulePath.escapePath(path))).as("escapePath(%s) fails", path).isNotNull();
      assertThat(catchThrowable(() -> ModulePath.unescapePath(path))).as("unescapePath(%s) fails", path).isNotNull();
    }
  }

  static Stream<Arguments> splitPathVersionTests() {
    return Stream.of(
      row("x.y/z", ""),
      row("x.y/z", "/v2"),
      row("x.y/z", "/v3"),
      row("x.y/v", ""),
      row("gopkg.in/yaml", ".v0"),
      row("gopkg.in/yaml", ".v1"),
      row("gopkg.in/yaml", ".v2"),
      row("gopkg.in/yaml", ".v3"));
  }

  @ParameterizedTest(name = "splitPathVersion({0}{1})")
  @MethodSource("splitPathVersionTests")
  void splitPathVersion(String prefix, String pathMajor) {
    assertThat(ModulePath.splitPathVersion(prefix + pathMajor)).isEqualTo(new PathSplit(prefix, pathMajor, true));
  }

  @Test
  void escapeAndUnescape() {
    String plain = "ascii.com/abcdefghijklmnopqrstuvwxyz.-/~_0123456789";
    assertThat(ModulePath.escapePath(plain)).isEqualTo(plain);
    assertThat(ModulePath.unescapePath(plain)).isEqualTo(plain);
    assertThat(ModulePath.escapePath("github.com/GoogleCloudPlatform/omega")).isEqualTo("github.com/!google!cloud!platform/omega");
    assertThat(ModulePath.unescapePath("github.com/!google!cloud!platform/omega")).isEqualTo("github.com/GoogleCloudPlatform/omega");
    for (String bad : List.of(
        "github.com/GoogleCloudPlatform/omega",
        "github.com/!google!cloud!platform!/omega",
        "github.com/!0google!cloud!platform/omega",
        "github.com/!_google!cloud!platform/omega",
        "github.com/!!google!cloud!platform/omega",
        "")) {
      assertThatThrownBy(() -> ModulePath.unescapePath(bad)).as("unescapePath(%s)", bad).isInstanceOf(InvalidEscapeException.class);
    }
  }

  static Stream<Arguments> matchPathMajorTests() {
    return Stream.of(
      row("v0.0.0", "", true),
      row("v0.0.0", "/v2", false),
      row("v0.0.0", ".v0", true),
      row("v0.0.0-20190510104115-cbcb75029529", ".v1", true),
      row("v1.0.0", "/v2", false),
      row("v1.0.0", ".v1", true),
      row("v1.0.0", ".v1-unstable", true),
      row("v2.0.0+incompatible", "", true),
      row("v2.0.0", "", false),
      row("v2.0.0", "/v2", true),
      row("v2.0.0", ".v2", true));
  }

  @ParameterizedTest(name = "matchPathMajor({0}, {1}) = {2}")
  @MethodSource("matchPathMajorTests")
  void matchPathMajor(String v, String pathMajor, boolean want) {
    assertThat(ModulePath.matchPathMajor(v, pathMajor)).as("matchPathMajor(%s, %s)", v, pathMajor).isEqualTo(want);
  }

  @Test
  void pathMajorPrefixAndCanonicalVersion() {
    assertThat(ModulePath.pathMajorPrefix("")).isEmpty();
    assertThat(ModulePath.pathMajorPrefix("/v2")).isEqualTo("v2");
    assertThat(ModulePath.pathMajorPrefix(".v1-unstable")).isEqualTo("v1");
    assertThatThrownBy(() -> ModulePath.pathMajorPrefix("v2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModulePath.pathMajorPrefix("/v2.0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ModulePath.canonicalVersion("v2.0+incompatible")).isEqualTo("");
    assertThat(ModulePath.canonicalVersion("v2.0.0+incompatible")).isEqualTo("v2.0.0+incompatible");
    assertThat(ModulePath.canonicalVersion("v2.0.0+meta")).isEqualTo("v2.0.0");
    assertThat(ModulePath.canonicalVersion("v2")).isEqualTo("v2.0.0");
  }

  @Test
  void sortLikeGo() {
    List<ModuleVersion> list = new ArrayList<>(List.of(
        new ModuleVersion("b.com/m", "v1.0.0"),
        new ModuleVersion("a.com/m", "v1.10.0/go.mod"),
        new ModuleVersion("a.com/m", "v1.10.0"),
        new ModuleVersion("a.com/m", "v1.9.0"),
        new ModuleVersion("a.com/m", "v1.2.0-pre"),
        new ModuleVersion("A.com/m", "v9.0.0")));
    ModulePath.sort(list);
    assertThat(list.stream().map(ModuleVersion::toString).toList()).containsExactly(
        "A.com/m@v9.0.0", "a.com/m@v1.2.0-pre", "a.com/m@v1.9.0", "a.com/m@v1.10.0",
        "a.com/m@v1.10.0/go.mod", "b.com/m@v1.0.0");
    assertThat(new ModuleVersion("x.com/m", "").toString()).isEqualTo("x.com/m");
  }

  @Test
  void invalidUtf8IsQuotedAsGoQuotesItsBytes() {
    // go 1.19, `go list -m all` with `require example.com/x<FF> v1.0.0` in go.mod prints:
    //   go: malformed module path "example.com/x\xff": invalid UTF-8
    // The go.mod reader keeps the byte as U+DCFF (dev.gomedic.mod.gotext.Utf8.decodeString).
    String fromGoMod = dev.gomedic.mod.gotext.Utf8.decodeString(
        new byte[] {'e', 'x', 'a', 'm', 'p', 'l', 'e', '.', 'c', 'o', 'm', '/', 'x', (byte) 0xff}, 0, 14);
    assertThat(catchThrowable(() -> ModulePath.checkPath(fromGoMod)))
        .isInstanceOf(InvalidPathException.class)
        .hasMessage("malformed module path \"example.com/x\\xff\": invalid UTF-8");
    // Any other unpaired surrogate has no byte behind it: it is quoted as U+FFFD, which Go prints as is.
    assertThat(catchThrowable(() -> ModulePath.checkPath("example.com/x\ud800")))
        .hasMessage("malformed module path \"example.com/x\ufffd\": invalid UTF-8");
  }

  @Test
  void messagesAreGos() {
    assertThat(catchThrowable(() -> ModulePath.checkPath("x y")))
        .isInstanceOf(InvalidPathException.class)
        .hasMessage("malformed module path \"x y\": invalid char ' '");
    InvalidPathException e = (InvalidPathException) catchThrowable(() -> ModulePath.checkPath("example.com/x y"));
    assertThat(e.getMessage()).isEqualTo("malformed module path \"example.com/x y\": invalid char ' '");
    assertThat(e.kind()).isEqualTo(InvalidPathException.Kind.MODULE);
    assertThat(e.path()).isEqualTo("example.com/x y");
    assertThat(e.reason()).isEqualTo("invalid char ' '");

    InvalidVersionException v = new InvalidVersionException("v1.2", "must be of the form v1.2.3");
    assertThat(v).hasMessage("version \"v1.2\" invalid: must be of the form v1.2.3");
    assertThat(new ModuleException("example.com/m", "v1.2", v)).hasMessage("example.com/m@v1.2: invalid version: must be of the form v1.2.3");
    assertThat(new ModuleException("example.com/m", "", v)).hasMessage("example.com/m@v1.2: invalid version: must be of the form v1.2.3");
    assertThat(new ModuleException("example.com/m", "v1.0.0", "no such file")).hasMessage("example.com/m@v1.0.0: no such file");
    assertThat(new ModuleException("example.com/m", "", "no such file")).hasMessage("module example.com/m: no such file");
    assertThat(new ModuleException("m.com/x", "", new InvalidVersionException("v0.0.0-x", true, "syntax error")))
        .hasMessage("m.com/x@v0.0.0-x: invalid pseudo-version: syntax error");
    ModuleException me = new ModuleException("a.com/m", "v1.0.0", "boom");
    assertThat(ModuleException.versionError(new ModuleVersion("a.com/m", "v1.0.0"), me)).isSameAs(me);
    assertThat(ModuleException.versionError(new ModuleVersion("a.com/m", "v1.0.1"), me))
        .hasMessage("a.com/m@v1.0.1: a.com/m@v1.0.0: boom");
  }
}
