package dev.gomedic.testkit.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.gomod.GoVerdict.Category;
import dev.gomedic.testkit.gomod.GoVerdict.GoError;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoVerdictTest {
  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("unknown directive: toolchain", true),
        Arguments.of("unknown directive: godebug", true),
        Arguments.of("unknown directive: tool", true),
        Arguments.of("unknown directive: ignore", true),
        Arguments.of("unknown block type: godebug", true),
        Arguments.of("unknown block type: tool", true),
        Arguments.of("invalid go version '1.21.0': must match format 1.23", true),
        Arguments.of("invalid go version '1.21rc1': must match format 1.23", true),
        Arguments.of("invalid go version '1.17.1': must match format 1.23", true),
        Arguments.of("unknown directive: foo", false),
        Arguments.of("unknown directive: toolchains", false),
        Arguments.of("unknown block type: go", false),
        Arguments.of("invalid go version '$goversion': must match format 1.23", false),
        Arguments.of("invalid go version 'v1.17.0': must match format 1.23", false),
        Arguments.of("invalid go version '1.021': must match format 1.23", false),
        Arguments.of("invalid go version 'X.Y': must match format 1.23", false),
        Arguments.of("unexpected newline in string", false));
  }

  @ParameterizedTest(name = "isNewerSyntax({0}) = {1}")
  @MethodSource("messages")
  void classifiesGo119Messages(String message, boolean newer) {
    assertThat(GoVerdict.isNewerSyntax(message)).as("isNewerSyntax(%s)", message).isEqualTo(newer);
  }

  @Test
  void readsPositionsAndCategories() {
    GoVerdict v = GoVerdict.of(1, "go: errors parsing go.mod:\n"
        + "go.mod:3: invalid go version '1.21.0': must match format 1.23\n"
        + "go.mod:5: unknown directive: toolchain\n");
    assertThat(v.category()).isEqualTo(Category.NEWER_SYNTAX);
    assertThat(v.errors()).extracting(GoError::line).containsExactly(3, 5);

    GoVerdict mixed = GoVerdict.of(1, "go: errors parsing go.mod:\n"
        + "go.mod:5: unknown directive: toolchain\n"
        + "go.mod:7:24: unexpected newline in string\n");
    assertThat(mixed.category()).isEqualTo(Category.REJECTED);
    assertThat(mixed.realErrors()).containsExactly(new GoError(7, 24, "unexpected newline in string", false));
    assertThat(mixed.realErrorLines()).containsExactly(7);

    assertThat(GoVerdict.of(0, "").category()).isEqualTo(Category.ACCEPTED);
    GoVerdict odd = GoVerdict.of(1, "go: something else went wrong\n");
    assertThat(odd.category()).isEqualTo(Category.REJECTED);
    assertThat(odd.realErrorLines()).isEmpty();
  }
}
