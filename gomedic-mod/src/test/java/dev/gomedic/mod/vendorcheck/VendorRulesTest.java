package dev.gomedic.mod.vendorcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The pieces of go mod vendor's selection: build constraints, embed patterns and globs, and the diff. */
class VendorRulesTest {
  @Test
  void onlyConstraintsNeedingIgnoreExcludeAFile() {
    String[][] cases = {
      {"//go:build ignore\n\npackage main\n", "true"},
      {"// +build ignore\n\npackage main\n", "true"},
      {"// +build ignore\npackage main\n", "false"}, // a +build line must be followed by a blank line
      {"//go:build !ignore\n\npackage p\n", "false"},
      {"//go:build linux && !linux\n\npackage p\n", "false"}, // every other tag is both set and unset
      {"//go:build ignore || windows\n\npackage p\n", "false"},
      {"//go:build ignore && windows\n\npackage p\n", "true"},
      {"//go:build (\n\npackage p\n", "true"}, // unreadable: ShouldBuild says false
      {"//go:build a\n//go:build b\n\npackage p\n", "true"},
      {"// +build linux,ignore darwin\n\npackage p\n", "false"},
      {"// +build linux,ignore\n\npackage p\n", "true"},
      {"/* c */\n//go:build ignore\n\npackage p\n", "true"},
      {"package p\n\n//go:build ignore\n", "false"},
    };
    for (String[] c : cases) {
      boolean got = BuildConstraint.excluded(c[0]);
      assertThat(got).as("excluded(%s): got %s, want %s", c[0], got, c[1]).isEqualTo(Boolean.parseBoolean(c[1]));
    }
  }

  @Test
  void embedPatternsOnlyInFilesImportingEmbed() {
    String src = "package p\n\nimport (\n\t_ \"embed\"\n)\n\n//go:embed a.txt \"b c.txt\" `d`\nvar s string\n";
    assertThat(GoEmbed.patterns(src)).isEqualTo(List.of("a.txt", "b c.txt", "d"));
    assertThat(GoEmbed.patterns("package p\n\nimport \"embed\"\n\n//go:embed x\nvar f embed.FS\n")).isEqualTo(List.of("x"));
    assertThat(GoEmbed.patterns("package p\n\n//go:embed x\nvar s string\n")).isEmpty();
    assertThat(GoEmbed.patterns("package p\n\nimport _ \"embed\"\n\n//go:embedx y\n")).isEmpty();
  }

  @Test
  void globIsPathMatch() {
    Object[][] cases = {
      {"*.txt", "a.txt", true}, {"*.txt", "d/a.txt", false}, {"d/*", "d/a", true}, {"[a-c].go", "b.go", true},
      {"[^a-c].go", "b.go", false}, {"\\*", "*", true}, {"a?c", "a/c", false}, {"*", "", true},
    };
    for (Object[] c : cases) {
      boolean got = GoGlob.match((String) c[0], (String) c[1]);
      assertThat(got).as("match(%s, %s): got %s, want %s", c[0], c[1], got, c[2]).isEqualTo(c[2]);
    }
    for (String bad : List.of("[", "a\\", "[]", "[a-]", "[-a]")) {
      assertThat(GoGlob.valid(bad)).as("valid(%s): got true, want false", bad).isFalse();
    }
    assertThat(GoGlob.valid("[a-z]*.go")).isTrue();
  }

  @Test
  void embedResolvesDirectoriesWithoutHiddenFilesOrNestedModules() throws Exception {
    EmbedResolver r = new EmbedResolver(new TreeSet<>(List.of("pkg/a.txt", "pkg/b.json", "pkg/s/x", "pkg/s/.h",
        "pkg/s/_u", "pkg/s/m/go.mod", "pkg/s/m/y", "pkg/s/t/z")));
    assertThat(r.resolve("pkg", List.of("s"))).containsExactly("s/t/z", "s/x");
    assertThat(r.resolve("pkg", List.of("all:s"))).containsExactly("s/.h", "s/_u", "s/t/z", "s/x");
    assertThat(r.resolve("pkg", List.of("*.txt"))).containsExactly("a.txt");
    assertThatThrownBy(() -> r.resolve("pkg", List.of("*.go"))).hasMessage("pattern *.go: no matching files found");
    assertThatThrownBy(() -> r.resolve("pkg", List.of("../x"))).hasMessage("pattern ../x: invalid pattern syntax");
    assertThatThrownBy(() -> r.resolve("pkg", List.of("s/m/y")))
        .hasMessage("pattern s/m/y: cannot embed file s/m/y: in different module");
  }

  @Test
  void unifiedDiffLikeDiffU() {
    byte[] a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n".getBytes(StandardCharsets.UTF_8);
    byte[] b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n".getBytes(StandardCharsets.UTF_8);
    assertThat(UnifiedDiff.of("a/f", a, "b/f", b))
        .isEqualTo("--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    assertThat(UnifiedDiff.of("a/f", null, "b/f", "x".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("--- /dev/null\n+++ b/f\n@@ -0,0 +1 @@\n+x\n\\ No newline at end of file\n");
    assertThat(UnifiedDiff.of("a/f", a, "b/f", a)).isEmpty();
    assertThat(UnifiedDiff.of("a/f", new byte[] {0}, "b/f", null)).isEqualTo("Binary files a/f and /dev/null differ\n");
  }
}
