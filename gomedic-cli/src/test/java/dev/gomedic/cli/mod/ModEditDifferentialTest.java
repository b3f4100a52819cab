package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.mod.DiffReport.Category;
import dev.gomedic.cli.mod.InProcessGomedic.Run;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.gomod.CorpusFile;
import dev.gomedic.testkit.gomod.FileKind;
import dev.gomedic.testkit.gomod.GoModEditOracle;
import dev.gomedic.testkit.gomod.GoModEditOracle.Answers;
import dev.gomedic.testkit.gomod.GoModEditOracle.Result;
import dev.gomedic.testkit.gomod.JsonTree;
import dev.gomedic.testkit.gomod.ModFileCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editing side of the differential test: for every distinct go.mod that go 1.19 accepts, the same
 * {@code mod edit} flags (add/drop require, exclude, replace, retract; set go and module) through gomedic and
 * through {@code go mod edit FLAGS -print} must print the same bytes, or both fail.
 *
 * <p>One edit drops the first require, exclude, replace and retract of each file (read from go's JSON), which
 * exercises how deletions leave comments and blocks. Report: {@code target/modfile-diff/edit-mismatches.md}, and
 * the path in {@code -Dgomedic.editDiffReport=...} if given.
 */
class ModEditDifferentialTest {
  /** One kind of edit: its name, the file kind it applies to, and its flags for a file given go's JSON of it. */
  private record Scenario(String name, FileKind kind, Function<String, List<String>> flags) {}

  private static final List<Scenario> SCENARIOS = List.of(
      new Scenario("add require and exclude", FileKind.MOD,
          json -> List.of("-require=example.com/new@v1.2.3", "-exclude=example.com/bad@v0.1.0")),
      new Scenario("add replaces and retracts", FileKind.MOD,
          json -> List.of("-replace=example.com/old@v1.0.0=../old", "-replace=example.com/any=example.com/fork@v1.1.0",
              "-retract=[v1.0.0,v1.1.0]", "-retract=v0.9.0")),
      new Scenario("set go and module", FileKind.MOD, json -> List.of("-go=1.18", "-module=example.com/renamed")),
      new Scenario("drop the first of each", FileKind.MOD, ModEditDifferentialTest::dropFirsts),
      new Scenario("go.work: add use and replaces", FileKind.WORK,
          json -> List.of("-use=./extra", "-replace=example.com/old@v1.0.0=../old",
              "-replace=example.com/any=example.com/fork@v1.1.0")),
      new Scenario("go.work: set go", FileKind.WORK, json -> List.of("-go=1.19")),
      new Scenario("go.work: drop the first use and replace", FileKind.WORK, ModEditDifferentialTest::dropFirsts));

  @TempDir Path scratch;

  @Test
  void gomedicEditsLikeGo119() throws IOException {
    Path go = Oracle.requireGo();
    List<CorpusFile> corpus = ModFileCorpus.all(Oracle.requireGoSource(), Oracle.GOCODE);
    GoModEditOracle oracle = new GoModEditOracle(
        go, GoModEditOracle.defaultCacheDir(System.getenv()), scratch.resolve("oracle"), Duration.ofSeconds(30));
    List<CorpusFile> distinct = distinctFiles(corpus);
    List<Answers> answers = oracle.answerAll(distinct, 2);

    List<CorpusFile> files = new ArrayList<>();
    List<List<String>> edits = new ArrayList<>();
    List<Integer> scenario = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i++) {
      if (answers.get(i).print().exitCode() != 0) {
        continue;
      }
      for (int k = 0; k < SCENARIOS.size(); k++) {
        Scenario sc = SCENARIOS.get(k);
        if (sc.kind() != distinct.get(i).kind()) {
          continue;
        }
        List<String> flags = sc.flags().apply(answers.get(i).json().stdoutText());
        if (flags.isEmpty()) {
          continue;
        }
        List<String> withPrint = new ArrayList<>(flags);
        withPrint.add("-print");
        files.add(distinct.get(i));
        edits.add(withPrint);
        scenario.add(k);
      }
    }
    Instant t0 = Instant.now();
    List<Callable<Result>> tasks = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      CorpusFile f = files.get(i);
      List<String> flags = edits.get(i);
      tasks.add(() -> oracle.run(f.kind(), flags, f.content()));
    }
    List<Result> goResults = GoModEditOracle.inParallel(tasks, 2);
    Duration oracleTime = Duration.between(t0, Instant.now());

    List<DiffReport> reports = new ArrayList<>();
    for (int k = 0; k < SCENARIOS.size(); k++) {
      reports.add(new DiffReport(List.of(Category.EDIT_OUTPUT_DIFFERS, Category.EDIT_EXIT_DIFFERS, Category.CRASH)));
    }
    Path dir = Files.createDirectories(scratch.resolve("gomedic"));
    try (InProcessGomedic gomedic = new InProcessGomedic(Duration.ofSeconds(20))) {
      for (int i = 0; i < files.size(); i++) {
        CorpusFile f = files.get(i);
        Result want = goResults.get(i);
        Files.write(dir.resolve(f.kind().fileName()), f.content());
        List<String> args = new ArrayList<>(List.of("mod", "edit"));
        args.addAll(edits.get(i));
        args.add(f.kind().fileName());
        Run got = gomedic.run(dir, args.toArray(String[]::new));
        DiffReport report = reports.get(scenario.get(i));
        String cmd = "gomedic " + String.join(" ", args);
        String goText = want.exitCode() == 0 ? want.stdoutText() : "exit " + want.exitCode() + "\n" + want.stderr();
        if (got.exitCode() < 0 || got.exitCode() == 3) {
          report.add(Category.CRASH, f, cmd, goText, got.toString());
        } else if ((want.exitCode() == 0) != (got.exitCode() == 0)) {
          report.add(Category.EDIT_EXIT_DIFFERS, f, cmd, goText, got.exitCode() == 0 ? got.stdout() : got.toString());
        } else if (want.exitCode() == 0 && !Arrays.equals(got.stdoutBytes(), want.stdout())) {
          report.add(Category.EDIT_OUTPUT_DIFFERS, f, cmd, goText, got.stdout());
        }
      }
    }
    int mismatches = reports.stream().mapToInt(DiffReport::size).sum();
    StringBuilder perScenario = new StringBuilder();
    for (int k = 0; k < SCENARIOS.size(); k++) {
      perScenario.append("- ").append(SCENARIOS.get(k).name()).append(": ").append(reports.get(k).size())
          .append(" mismatches\n");
    }
    String summary = String.format("compared %d edits of %d distinct go.mod/go.work files go accepts: %d mismatches",
        files.size(), new HashSet<>(files.stream().map(CorpusFile::origin).toList()).size(), mismatches);
    String header = "# gomedic vs go 1.19: `mod edit FLAGS -print`\n\n" + summary + "\n\n- oracle: "
        + oracle.cacheHits() + " cached answers, " + oracle.cacheMisses() + " go runs, " + oracleTime.toMillis()
        + " ms for the edits\n- each edit is `mod edit FLAGS -print FILE`; the drop edits name the first require, "
        + "exclude, replace, retract or use of the file (from go's JSON)\n\n" + perScenario;
    System.out.println(header);
    StringBuilder all = new StringBuilder(header);
    for (int k = 0; k < SCENARIOS.size(); k++) {
      if (reports.get(k).size() > 0) {
        all.append("\n").append(reports.get(k).render("# Edit: " + SCENARIOS.get(k).name() + "\n", 3, 1500)
            .replace("\n## ", "\n### ").replace("\n### /", "\n#### /"));
      }
    }
    String rendered = all.toString();
    Path local = Path.of("target/modfile-diff/edit-mismatches.md");
    Files.createDirectories(local.getParent());
    Files.writeString(local, rendered, StandardCharsets.UTF_8);
    String extra = System.getProperty("gomedic.editDiffReport");
    if (extra != null && !extra.isBlank()) {
      Files.writeString(Path.of(extra), rendered, StandardCharsets.UTF_8);
    }
    assertThat(mismatches)
        .withFailMessage("%s\n(full report: target/modfile-diff/edit-mismatches.md)\n%s", summary,
            rendered.length() > 20_000 ? rendered.substring(0, 20_000) + "\n... (clipped)" : rendered)
        .isZero();
  }

  /** The files of the corpus, each distinct (kind, content) once. */
  private static List<CorpusFile> distinctFiles(List<CorpusFile> corpus) {
    Set<String> seen = new HashSet<>();
    List<CorpusFile> out = new ArrayList<>();
    for (CorpusFile f : corpus) {
      if (seen.add(f.kind() + "\0" + new String(f.content(), StandardCharsets.ISO_8859_1))) {
        out.add(f);
      }
    }
    return out;
  }

  /** Flags dropping the first require, exclude, replace, retract and use that go's JSON lists, if any. */
  @SuppressWarnings("unchecked")
  static List<String> dropFirsts(String goJson) {
    List<String> flags = new ArrayList<>();
    Map<String, Object> m;
    try {
      m = (Map<String, Object>) JsonTree.parse(goJson);
    } catch (IllegalArgumentException | ClassCastException e) {
      return flags;
    }
    Map<String, Object> req = first(m.get("Require"));
    if (req != null) {
      flags.add("-droprequire=" + req.get("Path"));
    }
    Map<String, Object> exc = first(m.get("Exclude"));
    if (exc != null) {
      flags.add("-dropexclude=" + exc.get("Path") + "@" + exc.get("Version"));
    }
    Map<String, Object> rep = first(m.get("Replace"));
    if (rep != null) {
      Map<String, Object> old = (Map<String, Object>) rep.get("Old");
      Object v = old.get("Version");
      flags.add("-dropreplace=" + old.get("Path") + (v == null ? "" : "@" + v));
    }
    Map<String, Object> use = first(m.get("Use"));
    if (use != null) {
      flags.add("-dropuse=" + use.get("DiskPath"));
    }
    Map<String, Object> ret = first(m.get("Retract"));
    if (ret != null) {
      Object lo = ret.get("Low");
      Object hi = ret.get("High");
      flags.add("-dropretract=" + (lo.equals(hi) ? lo : "[" + lo + "," + hi + "]"));
    }
    return flags;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Object list) {
    return list instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> ? (Map<String, Object>) l.get(0)
        : null;
  }
}
