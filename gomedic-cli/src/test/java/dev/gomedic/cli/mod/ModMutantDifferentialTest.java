package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.mod.DiffReport.Category;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.gomod.CorpusFile;
import dev.gomedic.testkit.gomod.GoModEditOracle;
import dev.gomedic.testkit.gomod.GoModEditOracle.Answers;
import dev.gomedic.testkit.gomod.GoVerdict;
import dev.gomedic.testkit.gomod.ModFileCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test on damaged files: every distinct corpus file, damaged twice in a way chosen by a random
 * generator seeded with its content (a line deleted, duplicated or swapped with the next, a syntax character
 * inserted, the text cut short), goes through the same rules as {@link ModDifferentialTest}. Most mutants are
 * errors, so this checks that gomedic puts errors on go's line; the rest must format exactly like go.
 *
 * <p>Report: {@code target/modfile-diff/mutant-mismatches.md}, and {@code -Dgomedic.mutantDiffReport=PATH}.
 */
class ModMutantDifferentialTest {
  private static final int MUTANTS_PER_FILE = 2;
  private static final String[] INSERTS = {
    "(", ")", "\"", "=>", "//", "\t", " ", "\r", "\n", "v", "@", ",", "[", "]", "\\", "`", "\u00e9", "0", ".", "-"
  };

  @TempDir Path scratch;

  @Test
  void damagedFilesFailOnGosLineOrFormatLikeGo() throws IOException {
    List<CorpusFile> corpus = ModFileCorpus.all(Oracle.requireGoSource(), Oracle.GOCODE);
    GoModEditOracle oracle = new GoModEditOracle(Oracle.requireGo(),
        GoModEditOracle.defaultCacheDir(System.getenv()), scratch.resolve("oracle"), Duration.ofSeconds(30));
    List<CorpusFile> mutants = mutants(corpus);
    List<Answers> answers = oracle.answerAll(mutants, 2);

    DiffReport report = new DiffReport(EnumSet.range(Category.FMT_DIFFERS, Category.CRASH).stream().toList());
    Map<GoVerdict.Category, Integer> verdicts = new EnumMap<>(GoVerdict.Category.class);
    try (InProcessGomedic gomedic = new InProcessGomedic(Duration.ofSeconds(20))) {
      FileComparison comparison = new FileComparison(gomedic, Files.createDirectories(scratch.resolve("gomedic")));
      for (int i = 0; i < mutants.size(); i++) {
        Answers a = answers.get(i);
        GoVerdict verdict = GoVerdict.of(a.print().exitCode(), a.print().stderr());
        verdicts.merge(verdict.category(), 1, Integer::sum);
        comparison.compare(mutants.get(i), a, verdict, report);
      }
    }
    String summary = String.format(
        "compared %d damaged files (%d accepted by go, %d newer-syntax, %d rejected): %d mismatches",
        mutants.size(),
        verdicts.getOrDefault(GoVerdict.Category.ACCEPTED, 0),
        verdicts.getOrDefault(GoVerdict.Category.NEWER_SYNTAX, 0),
        verdicts.getOrDefault(GoVerdict.Category.REJECTED, 0),
        report.size());
    String header = "# gomedic vs go 1.19 on damaged go.mod / go.work files\n\n" + summary + "\n\n- oracle: "
        + oracle.cacheHits() + " cached answers, " + oracle.cacheMisses() + " go runs\n";
    System.out.println(header);
    String rendered = report.render(header, 3, 1500);
    Path local = Path.of("target/modfile-diff/mutant-mismatches.md");
    Files.createDirectories(local.getParent());
    Files.writeString(local, rendered, StandardCharsets.UTF_8);
    String extra = System.getProperty("gomedic.mutantDiffReport");
    if (extra != null && !extra.isBlank()) {
      Files.writeString(Path.of(extra), rendered, StandardCharsets.UTF_8);
    }
    assertThat(report.size())
        .withFailMessage("%s\n(full report: target/modfile-diff/mutant-mismatches.md)\n%s", summary,
            rendered.length() > 20_000 ? rendered.substring(0, 20_000) + "\n... (clipped)" : rendered)
        .isZero();
  }

  /** {@value #MUTANTS_PER_FILE} damaged copies of each distinct file, the same on every run. */
  static List<CorpusFile> mutants(List<CorpusFile> corpus) {
    Set<String> seen = new HashSet<>();
    List<CorpusFile> out = new ArrayList<>();
    for (CorpusFile f : corpus) {
      String text = f.text();
      if (!seen.add(f.kind() + "\0" + text)) {
        continue;
      }
      Random random = new Random(Arrays.hashCode(f.content()) * 31L + f.kind().ordinal());
      for (int m = 0; m < MUTANTS_PER_FILE; m++) {
        String[] how = new String[1];
        String damaged = damage(text, random, how);
        if (damaged.equals(text)) {
          continue;
        }
        out.add(new CorpusFile("mutant", f.origin() + " [" + how[0] + "]", f.kind(),
            damaged.getBytes(StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static String damage(String text, Random random, String[] how) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (random.nextInt(5)) {
      case 0 -> {
        how[0] = "line " + (line + 1) + " deleted";
        lines.remove(line);
      }
      case 1 -> {
        how[0] = "line " + (line + 1) + " duplicated";
        lines.add(line, lines.get(line));
      }
      case 2 -> {
        if (line + 1 >= lines.size()) {
          how[0] = "line " + (line + 1) + " deleted";
          lines.remove(line);
        } else {
          how[0] = "lines " + (line + 1) + " and " + (line + 2) + " swapped";
          String l = lines.get(line);
          lines.set(line, lines.get(line + 1));
          lines.set(line + 1, l);
        }
      }
      case 3 -> {
        String l = lines.get(line);
        int at = l.isEmpty() ? 0 : random.nextInt(l.length() + 1);
        String insert = INSERTS[random.nextInt(INSERTS.length)];
        how[0] = "'" + insert.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "' inserted at "
            + (line + 1) + ":" + (at + 1);
        lines.set(line, l.substring(0, at) + insert + l.substring(at));
      }
      default -> {
        int cut = text.isEmpty() ? 0 : random.nextInt(text.length());
        if (cut > 0 && Character.isLowSurrogate(text.charAt(cut))) {
          cut--;
        }
        how[0] = "cut after " + cut + " chars";
        return text.substring(0, cut);
      }
    }
    return String.join("\n", lines);
  }
}
