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

class DoctorCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  /** A fake go 1.19 installation on PATH, so that only the project's problems show. */
  Map<String, String> withGo(Map<String, String> env) {
    try {
      Path root = tmp.resolve("goroot");
      Files.createDirectories(root.resolve("src/runtime"));
      Files.createDirectories(root.resolve("bin"));
      Files.writeString(root.resolve("VERSION"), "go1.19.8\n");
      Path go = Files.writeString(root.resolve("bin/go"), "#!/bin/sh\necho fake\n");
      go.toFile().setExecutable(true);
      Map<String, String> m = new java.util.HashMap<>(env);
      m.put("PATH", root.resolve("bin").toString());
      return m;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Run run(Map<String, String> env0, String... args) {
    Map<String, String> env = withGo(env0);
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(o, true), new PrintWriter(e, true), new CliContext(env, tmp, false));
    return new Run(code, o.toString(), e.toString());
  }

  Path module(String goMod) throws IOException {
    Path p = tmp.resolve("p");
    Files.createDirectories(p);
    Files.writeString(p.resolve("go.mod"), goMod);
    return p;
  }

  @Test
  void healthy_module_prints_all_clear_and_exits_0() throws IOException {
    Path p = module("module example.com/p\n\ngo 1.19\n");
    Run r = run(Map.of("HOME", tmp.toString()), "doctor", "--dir", p.toString());
    assertThat(r.code()).as("exit code; out:\n%s%s", r.out(), r.err()).isEqualTo(0);
    assertThat(r.out()).startsWith("OK no problems found").contains("module    " + p);
  }

  @Test
  void error_exits_1_and_names_the_id_without_colour() throws IOException {
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Run r = run(Map.of(), "doctor", "--dir", p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("ERROR GO_SUM_MISSING").doesNotContain("\u001b[");
    assertThat(r.out()).containsPattern("1 error, 0 warnings, 0 notes; \\d+ checks? passed\n$");
  }

  @Test
  void fail_on_warning_turns_a_warning_into_exit_1() throws IOException {
    Path p = module("module example.com/p\n\nreplace example.com/a => ./a\n");
    Files.createDirectories(p.resolve("a"));
    Files.writeString(p.resolve("a/go.mod"), "module example.com/a\n");
    assertThat(run(Map.of(), "doctor", "--dir", p.toString()).code()).isEqualTo(0);
    assertThat(run(Map.of(), "doctor", "--dir", p.toString(), "--fail-on", "warning").code()).isEqualTo(1);
  }

  @Test
  void json_has_the_documented_shape() throws IOException {
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Run r = run(Map.of(), "doctor", "--json", "--dir", p.toString());
    assertThat(r.out()).startsWith("{\n\t\"schemaVersion\": 1,\n\t\"findings\": [\n\t\t{\n\t\t\t\"id\": \"GO_SUM_MISSING\",\n\t\t\t\"severity\": \"error\",");
    assertThat(r.out()).contains("\"summary\": {", "\"toolchain\": {", "\"host\": {", "\"fixes\": [", "\"evidence\": [");
  }

  @Test
  void sarif_is_2_1_0() throws IOException {
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Run r = run(Map.of(), "doctor", "--sarif", "--dir", p.toString());
    assertThat(r.out()).contains("\"version\": \"2.1.0\"", "\"ruleId\": \"GO_SUM_MISSING\"", "\"level\": \"error\"");
  }

  @Test
  void only_runs_the_named_checks_and_rejects_unknown_ones() throws IOException {
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Run r = run(Map.of(), "doctor", "--only", "REPLACE_LOCAL", "--dir", p.toString());
    assertThat(r.code()).isEqualTo(0);
    Run bad = run(Map.of(), "doctor", "--only", "NOPE", "--dir", p.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("gomedic: --only: unknown check ID NOPE");
  }

  @Test
  void usage_errors_exit_2() {
    assertThat(run(Map.of(), "doctor", "--fail-on", "info").code()).isEqualTo(2);
    assertThat(run(Map.of(), "doctor", "--json", "--sarif").code()).isEqualTo(2);
    assertThat(run(Map.of(), "doctor", "--apply").code()).isEqualTo(2);
  }

  @Test
  void fix_prints_a_script_for_the_chosen_shell() throws IOException {
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Run r = run(Map.of(), "doctor", "--fix", "--shell", "powershell", "--dir", p.toString());
    assertThat(r.out()).startsWith("# gomedic doctor --fix for PowerShell").contains("\n# GO_SUM_MISSING (error)", "\ngo mod tidy\n");
  }

  @Test
  void a_junk_go_mod_lists_the_first_errors_then_a_count() throws IOException {
    Path p = module("module example.com/p\n" + "junk line\n".repeat(5000));
    Run r = run(Map.of("HOME", tmp.toString()), "doctor", "--dir", p.toString());
    assertThat(r.out()).as("doctor output").contains("GO_MOD_INVALID", "… and 4990 more errors");
    long problems = r.out().lines().filter(l -> l.contains("unknown directive")).count();
    assertThat(problems).as("parse errors listed: got %d, want 10", problems).isEqualTo(10);
    assertThat(r.out().length()).as("output size: got %d chars, want a screenful", r.out().length())
        .isLessThan(20_000);
  }
}
