package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's exit-code table is ExitCode's, word for word. */
class ExitCodeTableTest {
  @Test
  void readmeTableIsTheEnum() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int from = readme.indexOf("<!-- EXIT CODES -->");
    int to = readme.indexOf("<!-- /EXIT CODES -->");
    assertThat(from).as("README has the EXIT CODES markers").isNotNegative();
    List<String> want = new ArrayList<>(List.of("| code | meaning |", "|---|---|"));
    for (ExitCode c : ExitCode.values()) {
      want.add("| " + c.code() + " | " + c.meaning() + " |");
    }
    List<String> got = readme.substring(from, to).lines().skip(1).toList();
    assertThat(got).as("README exit-code table: got, want (from ExitCode)").containsExactlyElementsOf(want);
  }
}
