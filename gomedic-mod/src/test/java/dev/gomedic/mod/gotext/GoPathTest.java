package dev.gomedic.mod.gotext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's path.Clean table (path_test.go cleantests) and the other helpers. */
class GoPathTest {
  private static final String[][] CLEAN = {
    {"", "."}, {"abc", "abc"}, {"abc/def", "abc/def"}, {"a/b/c", "a/b/c"}, {".", "."}, {"..", ".."},
    {"../..", "../.."}, {"../../abc", "../../abc"}, {"/abc", "/abc"}, {"/", "/"}, {"abc/", "abc"},
    {"abc/def/", "abc/def"}, {"a/b/c/", "a/b/c"}, {"./", "."}, {"../", ".."}, {"../../", "../.."},
    {"/abc/", "/abc"}, {"abc//def//ghi", "abc/def/ghi"}, {"//abc", "/abc"}, {"///abc", "/abc"},
    {"//abc//", "/abc"}, {"abc//", "abc"}, {"abc/./def", "abc/def"}, {"/./abc/def", "/abc/def"},
    {"abc/.", "abc"}, {"abc/def/ghi/../jkl", "abc/def/jkl"}, {"abc/def/../ghi/../jkl", "abc/jkl"},
    {"abc/def/..", "abc"}, {"abc/def/../..", "."}, {"/abc/def/../..", "/"}, {"abc/def/../../..", ".."},
    {"/abc/def/../../..", "/"}, {"abc/def/../../../ghi/jkl/../../../mno", "../../mno"},
    {"abc/./../def", "def"}, {"abc//./../def", "def"}, {"abc/../../././../def", "../../def"},
  };

  @Test
  void cleanMatchesGosTable() {
    for (String[] t : CLEAN) {
      String got = GoPath.clean(t[0]);
      assertThat(got).as("clean(%s): got %s, want %s", t[0], got, t[1]).isEqualTo(t[1]);
    }
  }

  @Test
  void joinBaseDir() {
    assertThat(GoPath.join("example.com/m@v1.0.0/", "a/b.go")).isEqualTo("example.com/m@v1.0.0/a/b.go");
    assertThat(GoPath.join("", "a")).isEqualTo("a");
    assertThat(GoPath.join("", "")).isEqualTo("");
    assertThat(GoPath.base("a/b/")).isEqualTo("b");
    assertThat(GoPath.base("///")).isEqualTo("/");
    assertThat(GoPath.base("")).isEqualTo(".");
    assertThat(GoPath.dir("a/b")).isEqualTo("a");
    assertThat(GoPath.dir("b")).isEqualTo(".");
    assertThat(GoPath.splitDir("a/b/c.go")).isEqualTo("a/b/");
    assertThat(GoPath.isAbs("/x")).isTrue();
  }

  @Test
  void utf8OrderIsNotUtf16Order() {
    assertThat(Utf8.compare("\uFF21", "\uD801\uDC00")).isNegative();
    assertThat("\uFF21".compareTo("\uD801\uDC00")).isPositive();
  }
}
