package dev.gomedic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JSON output, made by the real commands in-process, is valid against its schema in docs/schemas/; and the
 * validator does reject documents that break those schemas, so a pass means something.
 */
class JsonSchemaTest {
  private static final Path GOFMT = Path.of("/usr/lib/go-1.19/bin/gofmt");

  @TempDir Path tmp;

  private CliRun run(Map<String, String> env, String... args) {
    return CliRun.in(tmp, env, args);
  }

  private CliRun run(String... args) {
    return run(Map.of(), args);
  }

  private static void assertValid(String schema, CliRun r) {
    assertThat(SchemaCheck.problems(schema, r.out()))
        .as("%s against %s: got these problems, want none; stderr %s; document:%n%s", r, schema, r.err(), r.out())
        .isEmpty();
  }

  private static void assertInvalid(String schema, JsonNode doc, String what) {
    assertThat(SchemaCheck.problems(schema, doc.toString()))
        .as("%s against %s: got no problems, want it rejected: %s", what, schema, doc).isNotEmpty();
  }

  /** A fake go 1.19 tree (a VERSION file and a bin/go script) with HOME and PATH pointing at it. */
  private Map<String, String> fakeGo() throws IOException {
    Path root = tmp.resolve("goroot");
    Files.createDirectories(root.resolve("src/runtime"));
    Files.createDirectories(root.resolve("pkg/tool"));
    Files.writeString(root.resolve("VERSION"), "go1.19.8\n");
    Path go = Files.writeString(Files.createDirectories(root.resolve("bin")).resolve("go"), "#!/bin/sh\necho fake\n");
    assertThat(go.toFile().setExecutable(true)).as("chmod +x %s", go).isTrue();
    Map<String, String> env = new HashMap<>();
    env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    env.put("PATH", root.resolve("bin").toString());
    return env;
  }

  private Path module(String goMod) throws IOException {
    Path p = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(p.resolve("go.mod"), goMod);
    return p;
  }

  @Test
  void doctorWithFindingsMatchesItsSchema() throws IOException {
    Map<String, String> env = fakeGo();
    env.put("GOROOT", tmp.resolve("no-such-goroot").toString());
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n\nreplace example.com/a => ./a\n");
    CliRun r = run(env, "doctor", "--json", "--dir", p.toString());
    assertThat(r.out()).as("doctor --json").contains("\"severity\": \"error\"", "\"fixes\": [\n");
    assertValid("doctor.schema.json", r);

    ObjectNode doc = (ObjectNode) SchemaCheck.parse(r.out());
    doc.remove("schemaVersion");
    assertInvalid("doctor.schema.json", doc, "doctor without schemaVersion");
    ObjectNode bad = (ObjectNode) SchemaCheck.parse(r.out());
    ((ObjectNode) bad.get("findings").get(0)).put("severity", "fatal");
    assertInvalid("doctor.schema.json", bad, "a finding of severity fatal");
  }

  @Test
  void explainOfALogMatchesItsSchema() throws IOException {
    Path p = module("module example.com/p\n\nrequire example.com/a v1.0.0\n");
    Files.writeString(tmp.resolve("log"), "go: example.com/a@v1.0.0: missing go.sum entry; to add it:\n"
        + "\tgo mod download example.com/a\n"
        + "go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
    CliRun r = run("explain", "--json", tmp.resolve("log").toString(), "--dir", p.toString());
    assertThat(r.out()).as("explain --json").contains("\"status\": \"confirmed\"", "\"findings\": [\n");
    assertValid("explain.schema.json", r);

    ObjectNode bad = (ObjectNode) SchemaCheck.parse(r.out());
    ((ObjectNode) bad.get("matches").get(0).get("causes").get(0)).put("status", "probably");
    assertInvalid("explain.schema.json", bad, "a cause of status probably");
  }

  @Test
  void inspectOfOneNamedFileIsOneObject() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    CliRun r = run("inspect", "--json", java.toString());
    assertThat(r.out()).as("inspect --json %s", java).startsWith("{\n\t\"schemaVersion\": 1,\n\t\"file\": ");
    assertValid("inspect.schema.json", r);
    assertThat(SchemaCheck.parse(r.out()).isObject()).as("one named file: got %s, want an object", r.out()).isTrue();

    ObjectNode bad = (ObjectNode) SchemaCheck.parse(r.out());
    ((ObjectNode) bad.get("runsHere")).put("verdict", "maybe");
    assertInvalid("inspect.schema.json", bad, "a verdict of maybe");
    bad = (ObjectNode) SchemaCheck.parse(r.out());
    bad.put("goVersion", "go1.19").putObject("buildInfo");
    assertInvalid("inspect.schema.json", bad, "both goVersion and buildInfo");
  }

  @Test
  void inspectOfAGoBinaryCarriesBuildInfo() {
    assumeTrue(Files.isRegularFile(GOFMT), GOFMT + " (Debian's golang-1.19-go) is not installed");
    CliRun r = run("inspect", "--json", GOFMT.toString());
    assertThat(r.out()).as("inspect --json %s", GOFMT).contains("\"buildInfo\": {", "\"settings\": [");
    assertValid("inspect.schema.json", r);
  }

  @Test
  void inspectOfSeveralFilesIsAnArray() throws IOException {
    List<Path> bins = TrainingBinaries.write(tmp);
    CliRun r = run("inspect", "--json", "--platform=darwin/arm64", bins.get(0).toString(), bins.get(1).toString(),
        bins.get(2).toString());
    assertThat(r.out()).as("inspect --json of three files").startsWith("[\n\t{\n\t\t\"schemaVersion\": 1,\n")
        .endsWith("\n\t}\n]\n").contains("\"format\": \"macho-fat\"", "\"verdict\": \"no\"");
    assertValid("inspect.schema.json", r);
    assertThat(SchemaCheck.parse(r.out()).size()).as("objects in the array of %s", r.out()).isEqualTo(3);

    JsonNode bad = SchemaCheck.parse(r.out());
    ((ObjectNode) bad.get(1)).remove("schemaVersion");
    assertInvalid("inspect.schema.json", bad, "an array with an object without schemaVersion");
  }

  @Test
  void inspectOfADirectoryIsAnArrayAndNamedNonBinariesAreErrors() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bin"));
    TrainingBinaries.write(dir);
    Files.writeString(dir.resolve("notes.txt"), "not a binary\n");
    for (List<String> args : List.of(List.of("bin"), List.of("-r", "bin"), List.of("bin", "bin/notes.txt"))) {
      List<String> a = new ArrayList<>(List.of("inspect", "--json"));
      a.addAll(args);
      CliRun r = run(a.toArray(String[]::new));
      assertValid("inspect.schema.json", r);
      assertThat(SchemaCheck.parse(r.out()).isArray()).as("%s: got %s, want an array", args, r.out()).isTrue();
    }
    CliRun one = run("inspect", "--json", "bin/notes.txt");
    assertThat(one.out()).as("a named non-binary").startsWith("{\n\t\"schemaVersion\": 1,").contains("\"error\": ");
    assertValid("inspect.schema.json", one);
    CliRun none = run("inspect", "--json", "missing");
    assertThat(none.out()).as("a missing path (reported on stderr)").isEqualTo("[]\n");
    assertValid("inspect.schema.json", none);
  }

  @Test
  void inspectJsonLinesHasOneValidObjectPerLine() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("bin"));
    TrainingBinaries.write(dir);
    Files.writeString(tmp.resolve("notes.txt"), "not a binary\n");
    CliRun r = run("inspect", "--json-lines", "bin", "notes.txt");
    List<String> lines = r.out().lines().toList();
    assertThat(lines).as("--json-lines of 3 binaries and a named non-binary: %s", r.out()).hasSize(4);
    for (String line : lines) {
      assertThat(line).as("a compact line").startsWith("{\"schemaVersion\":1,").doesNotContain("\t");
      assertThat(SchemaCheck.problems("inspect.schema.json#/$defs/file", line))
          .as("line %s: got these problems, want none", line).isEmpty();
    }
    assertThat(run("inspect", "--json-lines", "--json", "bin").code()).as("--json-lines with --json").isEqualTo(2);
  }

  @Test
  void whichGoMatchesItsSchema() throws IOException {
    Map<String, String> env = fakeGo();
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("go"), tmp.resolve("goroot/bin/go"));
    env.put("PATH", bin + ":" + env.get("PATH") + ":" + tmp.resolve("no-such-dir"));
    CliRun r = run(env, "which-go", "-json");
    assertThat(r.out()).as("which-go -json").startsWith("{\n\t\"schemaVersion\": 1,\n\t\"Toolchains\": [")
        .contains("\"OnPath\": true");
    assertValid("which-go.schema.json", r);

    ObjectNode bad = (ObjectNode) SchemaCheck.parse(r.out());
    bad.remove("schemaVersion");
    assertInvalid("which-go.schema.json", bad, "which-go without schemaVersion");
  }

  @Test
  void envJsonMatchesGosFormat() throws IOException {
    CliRun r = run(fakeGo(), "env", "-json");
    assertThat(r.out()).as("env -json, stderr %s", r.err()).contains("\"GOROOT\": ");
    assertValid("env.schema.json", r);

    ObjectNode bad = (ObjectNode) SchemaCheck.parse(r.out());
    bad.put("GOROOT", 1);
    assertInvalid("env.schema.json", bad, "a number for GOROOT");
  }

  @Test
  void modEditJsonMatchesGosFormatForGoModAndGoWork() throws IOException {
    Path m = module("// Deprecated: use v2\nmodule example.com/m\n\ngo 1.24\n\ntoolchain go1.24.1\n\n"
        + "godebug panicnil=1\n\nrequire (\n\texample.com/a v1.0.0 // indirect\n\texample.com/b v1.2.0\n)\n\n"
        + "exclude example.com/b v1.1.0\n\nreplace example.com/a v1.0.0 => ../a\n\n"
        + "retract [v1.0.0, v1.1.0] // oops\n\ntool example.com/a/cmd/t\n\nignore ./node_modules\n");
    CliRun full = run("mod", "edit", "-json", m.resolve("go.mod").toString());
    assertThat(full.out()).as("mod edit -json, stderr %s", full.err()).contains("\"Ignore\": [", "\"Indirect\": true");
    assertValid("mod-edit.schema.json", full);
    CliRun bare = run("mod", "edit", "-json", module("module m\n").resolve("go.mod").toString());
    assertThat(bare.out()).as("mod edit -json of a bare go.mod").contains("\"Require\": null");
    assertValid("mod-edit.schema.json", bare);

    Files.writeString(tmp.resolve("go.work"), "go 1.22\n\ntoolchain go1.22.5\n\ngodebug panicnil=1\n\n"
        + "use (\n\t./a\n\t./b\n)\n\nreplace example.com/a => ../a\n");
    CliRun work = run("mod", "edit", "-json", "go.work");
    assertThat(work.out()).as("mod edit -json go.work, stderr %s", work.err()).contains("\"DiskPath\": \"./a\"");
    assertValid("mod-edit.schema.json", work);

    ObjectNode bad = (ObjectNode) SchemaCheck.parse(full.out());
    bad.put("Extra", "x");
    assertInvalid("mod-edit.schema.json", bad, "a go.mod document with a member go does not print");
    bad = (ObjectNode) SchemaCheck.parse(full.out());
    bad.remove("Module");
    assertInvalid("mod-edit.schema.json", bad, "a go.mod document without Module");
  }
}
