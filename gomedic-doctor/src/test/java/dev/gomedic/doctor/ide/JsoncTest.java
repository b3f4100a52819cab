package dev.gomedic.doctor.ide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsoncTest {
  static Stream<Arguments> good() {
    return Stream.of(
        Arguments.of("{\"a\": \"b\"}", Map.of("a", "b")),
        Arguments.of("// c\n{\"a\": \"b\", /* x */ }", Map.of("a", "b")),
        Arguments.of("\uFEFF{\"a\": [1, true, null,],}", Map.of("a", List.of("1", "true", "null"))),
        Arguments.of("{\"go.goroot\": \"C:\\\\Go\" // win\n}", Map.of("go.goroot", "C:\\Go")),
        Arguments.of("{\"u\": \"\\u00e9\\\"//not a comment\"}", Map.of("u", "é\"//not a comment")),
        Arguments.of("{\"o\": {\"GOROOT\": \"/x\",},}", Map.of("o", Map.of("GOROOT", "/x"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("good")
  void parses_jsonc(String text, Object want) {
    assertThat(Jsonc.parse(text)).as("parse(%s)", text).isEqualTo(want);
  }

  static Stream<String> bad() {
    return Stream.of("", "{", "{\"a\"}", "{\"a\": \"b\"", "{\"a\": \"b\" \"c\": 1}", "/* open", "{a: 1}",
        "{\"a\": \"\\u12\"}", "[1] x", "\"unterminated");
  }

  @ParameterizedTest(name = "[{index}] {0}.")
  @MethodSource("bad")
  void rejects_malformed_input(String text) {
    assertThatThrownBy(() -> Jsonc.parse(text)).as("parse(%s) should fail", text)
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("offset ");
  }

  @Test
  void deep_nesting_is_refused_not_a_stack_overflow() {
    String deep = "[".repeat(100_000);
    assertThatThrownBy(() -> Jsonc.parse(deep)).hasMessageContaining("nested too deeply");
  }
}
