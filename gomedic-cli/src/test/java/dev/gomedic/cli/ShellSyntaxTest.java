package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.host.GoOs;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellSyntaxTest {
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of(GoOs.LINUX, false, "GOPATH", "/a b", "GOPATH=\"/a b\""),
        Arguments.of(GoOs.LINUX, false, "X", "it's", "X=\"it's\""),
        Arguments.of(GoOs.LINUX, true, "X", "it's", "X='it'\\''s'"),
        Arguments.of(GoOs.DARWIN, true, "GOPATH", "", "GOPATH=''"),
        Arguments.of(GoOs.WINDOWS, false, "GOPATH", "C:\\Users\\ann\\go", "set GOPATH=C:\\Users\\ann\\go"),
        Arguments.of(GoOs.WINDOWS, false, "GOPROXY", "a|b%c", "set GOPROXY=a|b%c"),
        Arguments.of(GoOs.WINDOWS, true, "GOPROXY", "a|b%c&d", "set GOPROXY=a^|b%%c^&d"));
  }

  @ParameterizedTest(name = "{0} singleQuotes={1}: {2}={3} -> {4}")
  @MethodSource("lines")
  void printsLikeGoEnv(GoOs os, boolean singleQuotes, String name, String value, String want) {
    assertThat(EnvCommand.ShellSyntax.line(os, singleQuotes, name, value)).isEqualTo(want);
  }
}
