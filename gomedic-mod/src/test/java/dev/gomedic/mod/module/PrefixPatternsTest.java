package dev.gomedic.mod.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** x/mod's TestMatchPrefixPatterns table, plus path.Match cases from Go's path package tests. */
class PrefixPatternsTest {
  static Stream<Arguments> prefixTests() {
    return Stream.of(
        Arguments.of("", "rsc.io/quote", false),
        Arguments.of("/", "rsc.io/quote", false),
        Arguments.of("*/quote", "rsc.io/quote", true),
        Arguments.of("*/quo", "rsc.io/quote", false),
        Arguments.of("*/quo??", "rsc.io/quote", true),
        Arguments.of("*/quo*", "rsc.io/quote", true),
        Arguments.of("*quo*", "rsc.io/quote", false),
        Arguments.of("rsc.io", "rsc.io/quote", true),
        Arguments.of("*.io", "rsc.io/quote", true),
        Arguments.of("rsc.io/", "rsc.io/quote", true),
        Arguments.of("rsc", "rsc.io/quote", false),
        Arguments.of("rsc*", "rsc.io/quote", true),
        Arguments.of("rsc.io", "rsc.io/quote/v3", true),
        Arguments.of("*/quote", "rsc.io/quote/v3", true),
        Arguments.of("*/quote/", "rsc.io/quote/v3", true),
        Arguments.of("*/quote/*", "rsc.io/quote/v3", true),
        Arguments.of("*/quote/*/", "rsc.io/quote/v3", true),
        Arguments.of("*/v3", "rsc.io/quote/v3", false),
        Arguments.of("*/*/v3", "rsc.io/quote/v3", true),
        Arguments.of("*/*/*", "rsc.io/quote/v3", true),
        Arguments.of("*/*/*/", "rsc.io/quote/v3", true),
        Arguments.of("*/*/*", "rsc.io/quote", false),
        Arguments.of("*/*/*/", "rsc.io/quote", false),
        Arguments.of("*/*/*,,", "rsc.io/quote", false),
        Arguments.of("*/*/*,,*/quote", "rsc.io/quote", true),
        Arguments.of(",,*/quote", "rsc.io/quote", true));
  }

  @ParameterizedTest(name = "matches({0}, {1}) = {2}")
  @MethodSource("prefixTests")
  void matchPrefixPatterns(String globs, String target, boolean want) {
    assertThat(PrefixPatterns.matches(globs, target)).as("matches(%s, %s)", globs, target).isEqualTo(want);
  }

  @ParameterizedTest(name = "pathMatch({0}, {1}) = {2}")
  @CsvSource(delimiter = '|', value = {
    "abc|abc|true", "*|abc|true", "*c|abc|true", "a*|a|true", "a*|abc|true", "a*|ab/c|false",
    "a*/b|abc/b|true", "a*/b|a/c/b|false", "a*b*c*d*e*/f|axbxcxdxe/f|true",
    "a*b*c*d*e*/f|axbxcxdxexxx/f|true", "a*b*c*d*e*/f|axbxcxdxe/xxx/f|false",
    "a*b*c*d*e*/f|axbxcxdxexxx/fff|false", "a*b?c*x|abxbbxdbxebxczzx|true",
    "a*b?c*x|abxbbxdbxebxczzy|false", "ab[c]|abc|true", "ab[b-d]|abc|true", "ab[e-g]|abc|false",
    "ab[^c]|abc|false", "ab[^b-d]|abc|false", "ab[^e-g]|abc|true", "a\\*b|a*b|true",
    "a\\*b|ab|false", "a?b|a☺b|true", "a[^a]b|a☺b|true", "a???b|a☺b|false", "a[^a][^a][^a]b|a☺b|false",
    "[a-ζ]*|α|true", "*[a-ζ]|A|false", "a?b|a/b|false", "a*b|a/b|false", "[\\]a]|]|true",
    "[\\-]|-|true", "[x\\-]|x|true", "[x\\-]|-|true", "[x\\-]|z|false", "[\\-x]|x|true",
    "[\\-x]|-|true", "[\\-x]|a|false", "[]a]|]|false", "[-]|-|false", "[x-]|x|false",
    "[x-]|-|false", "[x-]|z|false", "[-x]|x|false", "[-x]|-|false", "[-x]|a|false", "\\|a|false",
    "[a-b-c]|a|false", "[|a|false", "[^|a|false", "[^bc|a|false", "a[|a|false", "a[|ab|false",
    "*x|xxx|true",
  })
  void pathMatch(String pattern, String name, boolean want) {
    assertThat(PrefixPatterns.pathMatch(pattern, name)).as("pathMatch(%s, %s)", pattern, name).isEqualTo(want);
  }
}
