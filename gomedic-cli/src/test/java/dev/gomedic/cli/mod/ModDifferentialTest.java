package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.mod.DiffReport.Category;
import dev.gomedic.cli.mod.InProcessGomedic.Run;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.gomod.CorpusFile;
import dev.gomedic.testkit.gomod.FileKind;
import dev.gomedic.testkit.gomod.GoModEditOracle;
import dev.gomedic.testkit.gomod.GoModEditOracle.Answers;
import dev.gomedic.testkit.gomod.GoVerdict;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test: gomedic's {@code mod fmt} and {@code mod edit -json} against the real go 1.19's
 * {@code go mod edit -print} and {@code -json} (and {@code go work edit} for go.work files) over well over 900
 * real go.mod and go.work files (see {@link ModFileCorpus}).
 *
 * <ul>
 *   <li>Where go 1.19 accepts a file, gomedic's outputs equal go's byte for byte.
 *   <li>Where go 1.19 rejects it only for syntax added after 1.19, gomedic accepts it (exit 0).
 *   <li>Where go 1.19 reports a real error, gomedic exits 1 with one line naming the same line of the file.
 * </ul>
 *
 * go's answers are cached (see {@link GoModEditOracle}). The full mismatch report is written to
 * {@code target/modfile-diff/mismatches.md}, and also to the path in {@code -Dgomedic.diffReport=...} if given.
 */
class ModDifferentialTest {
  private static final int MIN_CORPUS = 900;
  private static final int ORACLE_THREADS = 2;
  /** Our own go.mod/go.work files in syntax newer than Go 1.19 (the Go 1.19 corpus has almost none). */
  private static final Path NEWER_SYNTAX_FIXTURES = Path.of("src/test/resources/moddiff/newer-syntax.txt");
  /** Our own probes of errors and layout; go 1.19 decides what each should give. */
  private static final Path ERROR_AND_LAYOUT_FIXTURES = Path.of("src/test/resources/moddiff/errors-and-layout.txt");

  @TempDir Path scratch;

  @Test
  void gomedicFormatsAndRejectsLikeGo119() throws IOException {
    Path go = Oracle.requireGo();
    Path goSrc = Oracle.requireGoSource();
    List<CorpusFile> corpus = new ArrayList<>(ModFileCorpus.all(goSrc, Oracle.GOCODE));
    corpus.addAll(ModFileCorpus.archive(NEWER_SYNTAX_FIXTURES, "gomedic-fixtures"));
    corpus.addAll(ModFileCorpus.archive(ERROR_AND_LAYOUT_FIXTURES, "gomedic-fixtures"));
    Map<String, Integer> bySource = ModFileCorpus.countBySource(corpus);
    assertThat(corpus.size())
        .withFailMessage("corpus: got %d files (%s), want at least %d", corpus.size(), bySource, MIN_CORPUS)
        .isGreaterThanOrEqualTo(MIN_CORPUS);

    GoModEditOracle oracle = new GoModEditOracle(
        go, GoModEditOracle.defaultCacheDir(System.getenv()), scratch.resolve("oracle"), Duration.ofSeconds(30));
    Instant t0 = Instant.now();
    List<Answers> answers = oracle.answerAll(corpus, ORACLE_THREADS);
    Duration oracleTime = Duration.between(t0, Instant.now());

    DiffReport report = new DiffReport(EnumSet.range(Category.FMT_DIFFERS, Category.CRASH).stream().toList());
    Map<GoVerdict.Category, Integer> verdicts = new EnumMap<>(GoVerdict.Category.class);
    Path work = Files.createDirectories(scratch.resolve("gomedic"));
    Instant t1 = Instant.now();
    try (InProcessGomedic gomedic = new InProcessGomedic(Duration.ofSeconds(20))) {
      FileComparison comparison = new FileComparison(gomedic, work);
      for (int i = 0; i < corpus.size(); i++) {
        CorpusFile file = corpus.get(i);
        Answers a = answers.get(i);
        GoVerdict verdict = GoVerdict.of(a.print().exitCode(), a.print().stderr());
        verdicts.merge(verdict.category(), 1, Integer::sum);
        comparison.compare(file, a, verdict, report);
      }
    }
    Duration gomedicTime = Duration.between(t1, Instant.now());

    int unique = (int) corpus.stream().map(f -> Arrays.hashCode(f.content()) + ":" + f.text()).distinct().count();
    String summary = String.format(
        "compared %d files (%d accepted by go, %d newer-syntax, %d rejected): %d mismatches in %d files",
        corpus.size(),
        verdicts.getOrDefault(GoVerdict.Category.ACCEPTED, 0),
        verdicts.getOrDefault(GoVerdict.Category.NEWER_SYNTAX, 0),
        verdicts.getOrDefault(GoVerdict.Category.REJECTED, 0),
        report.size(),
        report.files());
    String header = "# gomedic vs go 1.19: differential test of go.mod / go.work\n\n"
        + summary + "\n\n"
        + "- corpus by source: " + bySource + " (" + unique + " distinct contents)\n"
        + "- oracle: " + oracle.goVersion() + ", " + oracle.cacheHits() + " cached answers, "
        + oracle.cacheMisses() + " go runs, " + oracleTime.toMillis() + " ms; gomedic in-process: "
        + gomedicTime.toMillis() + " ms\n"
        + "- commands compared, run in a directory holding only the file: `gomedic mod fmt go.mod` vs "
        + "`go mod edit -print go.mod`; `gomedic mod edit -json go.mod` vs `go mod edit -json go.mod`; for go.work "
        + "files the same gomedic commands on a file named go.work vs `go work edit -print|-json go.work`\n"
        + "- go's error lines are read as `go.mod:LINE[:COL]: message`; an error is newer-syntax when it is "
        + "`unknown directive|block type: toolchain|godebug|tool|ignore` or `invalid go version 'V': must match "
        + "format 1.23` with V valid today (1.21.0, 1.21rc1)\n";
    System.out.println(header);
    String rendered = report.render(header, 3, 1500);
    writeReport(rendered);
    assertThat(report.size())
        .withFailMessage("%s\n(full report: target/modfile-diff/mismatches.md)\n%s", summary,
            clip(report.render(header, 2, 600), 20_000))
        .isZero();
  }

  private static void writeReport(String rendered) throws IOException {
    Path local = Path.of("target/modfile-diff/mismatches.md");
    Files.createDirectories(local.getParent());
    Files.writeString(local, rendered, StandardCharsets.UTF_8);
    String extra = System.getProperty("gomedic.diffReport");
    if (extra != null && !extra.isBlank()) {
      Files.writeString(Path.of(extra), rendered, StandardCharsets.UTF_8);
    }
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "\n... (report clipped; see the file)";
  }

}
