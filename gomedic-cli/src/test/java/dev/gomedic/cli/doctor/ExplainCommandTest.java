package dev.gomedic.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  Run run(String... args) {
    return run(false, args);
  }

  Run run(boolean terminal, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(o, true), new PrintWriter(e, true), new CliContext(Map.of(), tmp, terminal));
    return new Run(code, o.toString(), e.toString());
  }

  @Test
  void confirmed_cause_comes_first() throws IOException {
    Files.writeString(tmp.resolve("go.mod"), "module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Files.writeString(tmp.resolve("log"), "go: example.com/a@v1.0.0: missing go.sum entry; to add it:\n\tgo mod download example.com/a\n");
    Run r = run("explain", "log");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("MISSING_GO_SUM_ENTRY", "    YES GO_SUM_MISSING [confirmed]", "    NO STRAY_GO_MOD [ruled out]");
    assertThat(r.out().indexOf("GO_SUM_MISSING [confirmed]")).isLessThan(r.out().indexOf("STRAY_GO_MOD [ruled out]"));
  }

  @Test
  void marks_on_a_terminal_plain_words_off_it() throws IOException {
    Files.writeString(tmp.resolve("go.mod"), "module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Files.writeString(tmp.resolve("log"), "go: example.com/a@v1.0.0: missing go.sum entry; to add it:\n\tgo mod download example.com/a\n");
    Run tty = run(true, "explain", "log");
    assertThat(tty.out()).contains("    ✓ GO_SUM_MISSING [confirmed]", "    ✗ STRAY_GO_MOD [ruled out]");
    Run log = run(false, "explain", "log");
    assertThat(log.out()).as("explain off a terminal: got %s, want no ✓ ✗ • marks", log.out())
        .doesNotContain("✓", "✗", "•");
  }

  @Test
  void json_lists_matches_causes_and_findings() throws IOException {
    Files.writeString(tmp.resolve("log"), "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
    Files.createDirectories(tmp.resolve("empty"));
    Run r = run("explain", "--json", "log", "--dir", tmp.resolve("empty").toString());
    assertThat(r.out()).startsWith("{\n\t\"schemaVersion\": 1,").contains("\"id\": \"GO_MOD_NOT_FOUND\"",
        "\"check\": \"NO_MAIN_MODULE\"", "\"status\": \"confirmed\"", "\"id\": \"NO_MAIN_MODULE\"");
  }

  @Test
  void garbage_matches_nothing_and_exits_1() throws IOException {
    byte[] junk = new byte[1 << 20];
    new java.util.Random(1).nextBytes(junk);
    Files.write(tmp.resolve("junk"), junk);
    Run r = run("explain", "junk");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).startsWith("no known go message found in ");
  }

  @Test
  void missing_file_is_one_line() {
    Run r = run("explain", "nope.log");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("gomedic: nope.log: no such file or directory\n");
  }
}
