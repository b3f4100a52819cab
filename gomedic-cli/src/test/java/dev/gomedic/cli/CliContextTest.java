package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Colour and progress: which stream is a terminal, NO_COLOR, TERM=dumb and --color. */
class CliContextTest {
  @ParameterizedTest(name = "stdout tty={0} NO_COLOR={1} TERM={2} --color={3}: colour {4}")
  @CsvSource(nullValues = "-", value = {
      "true,  -, xterm, -,      true",
      "false, -, xterm, -,      false",
      "true,  1, xterm, -,      false",
      "true,  '', xterm, -,     true", // an empty NO_COLOR does not count (no-color.org)
      "true,  -, dumb,  -,      false",
      "true,  -, xterm, auto,   true",
      "false, -, xterm, always, true",
      "true,  1, dumb,  always, true",
      "true,  -, xterm, never,  false",
  })
  void colour(boolean tty, String noColor, String term, String when, boolean want) {
    Map<String, String> env = new HashMap<>();
    if (noColor != null) {
      env.put("NO_COLOR", noColor);
    }
    env.put("TERM", term);
    CliContext c = new CliContext(env, Path.of("/"), tty, false);
    assertThat(c.color(when)).as("colour: got %s, want %s", c.color(when), want).isEqualTo(want);
  }

  @Test
  void progressFollowsStderrAloneWhateverTheColour() {
    Map<String, String> noColor = Map.of("NO_COLOR", "1", "TERM", "dumb");
    assertThat(new CliContext(noColor, Path.of("/"), false, true).progress()).as("stdout piped (| tee)").isTrue();
    assertThat(new CliContext(Map.of(), Path.of("/"), true, false).progress()).as("stderr redirected").isFalse();
  }

  @Test
  void anUnknownColorValueIsAUsageError() {
    assertThatThrownBy(() -> new CliContext(Map.of(), Path.of("/"), true).color("sometimes"))
        .hasMessage("--color: want auto, always or never, got \"sometimes\"");
    CliRun r = CliRun.in(Path.of("/tmp"), Map.of(), "doctor", "--color=sometimes");
    assertThat(r.code()).as("exit code").isEqualTo(2);
    assertThat(r.err()).startsWith("gomedic: --color: want auto, always or never, got \"sometimes\"\n");
  }
}
