package dev.gomedic.toolchain.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SelectorTest {
  @TempDir Path dir;

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("1.22.5", "go1.22.5"),
        Arguments.of("go1.22.5", "go1.22.5"),
        Arguments.of("1.20.0", "go1.20"),
        Arguments.of("1.20", "go1.20"),
        Arguments.of("1.21", "go1.21.0"),
        Arguments.of("1.21.0", "go1.21.0"),
        Arguments.of("1.21rc1", "go1.21rc1"),
        Arguments.of("1.19.8", "go1.19.8"));
  }

  @ParameterizedTest(name = "releaseName({0}) = {1}")
  @MethodSource("names")
  void releaseNames(String in, String want) {
    String got = Selector.releaseName(in, "x");
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
  }

  @Test
  void priorityOrder() throws Exception {
    Path proj = dir.resolve("proj");
    Path sub = proj.resolve("a/b");
    Files.createDirectories(sub);
    Path def = dir.resolve("default");
    assertThat(Selector.select(sub, Map.of(), def)).isEmpty();

    Files.writeString(def, "1.19.8\n");
    check(sub, Map.of(), def, "go1.19.8", Selection.Source.GLOBAL_DEFAULT);

    Files.writeString(proj.resolve("go.mod"), "module m\n\ngo 1.21 // comment\n");
    check(sub, Map.of(), def, "go1.21.0", Selection.Source.GOMOD_GO);

    Files.writeString(proj.resolve("go.mod"), "module m\n\ngo 1.20\n");
    check(sub, Map.of(), def, "go1.20", Selection.Source.GOMOD_GO);

    Files.writeString(proj.resolve("go.mod"), "module m\n\ngo 1.21\n\ntoolchain go1.22.5\n");
    check(sub, Map.of(), def, "go1.22.5", Selection.Source.GOMOD_TOOLCHAIN);

    // Like the go command: the FIRST go/toolchain line counts, and "gopls"-like words are not "go" lines.
    Files.writeString(proj.resolve("go.mod"),
        "module m\n\ngopls 9.9\ngo 1.21\n\ntoolchain go1.22.5 // pinned\ntoolchain go1.23.0\n");
    check(sub, Map.of(), def, "go1.22.5", Selection.Source.GOMOD_TOOLCHAIN);

    Files.writeString(proj.resolve(".go-version"), "1.20.0\n");
    check(sub, Map.of(), def, "go1.20", Selection.Source.GO_VERSION_FILE);

    check(sub, Map.of("GOMEDIC_GO_VERSION", "1.23.1"), def, "go1.23.1", Selection.Source.ENVIRONMENT);
  }

  @Test
  void badVersionNamesTheFile() throws Exception {
    Files.writeString(dir.resolve(".go-version"), "banana\n");
    assertThatThrownBy(() -> Selector.select(dir, Map.of(), dir.resolve("none")))
        .hasMessage(dir.resolve(".go-version") + ":1: invalid Go version 'banana'");
  }

  private static void check(Path d, Map<String, String> env, Path def, String want, Selection.Source src)
      throws Exception {
    Selection s = Selector.select(d, env, def).orElseThrow();
    assertThat(s.release()).as("release: got %s, want %s", s.release(), want).isEqualTo(want);
    assertThat(s.source()).as("source").isEqualTo(src);
  }
}
