package dev.gomedic.cli.mod;

import dev.gomedic.cli.mod.DiffReport.Category;
import dev.gomedic.cli.mod.InProcessGomedic.Run;
import dev.gomedic.testkit.gomod.CorpusFile;
import dev.gomedic.testkit.gomod.FileKind;
import dev.gomedic.testkit.gomod.GoModEditOracle;
import dev.gomedic.testkit.gomod.GoModEditOracle.Answers;
import dev.gomedic.testkit.gomod.GoVerdict;
import dev.gomedic.testkit.gomod.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the differential test for one file: given go 1.19's answers and verdict, runs gomedic's
 * {@code mod fmt} and {@code mod edit -json} (once per distinct content) and records every disagreement.
 */
final class FileComparison {
  private final InProcessGomedic gomedic;
  private final Path work;

  FileComparison(InProcessGomedic gomedic, Path work) {
    this.gomedic = gomedic;
    this.work = work;
  }

  /** gomedic's answers by (kind, arguments, content): many corpus files share their content. */
  private final Map<String, Run> memo = new HashMap<>();

  private Run gomedicOn(FileKind kind, byte[] content, String... args)
      throws IOException {
    String key = kind + "\0" + String.join(" ", args) + "\0" + new String(content, StandardCharsets.ISO_8859_1);
    Run r = memo.get(key);
    if (r == null) {
      Path dir = Files.createDirectories(work.resolve(kind.goCommand()));
      Files.write(dir.resolve(kind.fileName()), content);
      r = gomedic.run(dir, args);
      memo.put(key, r);
    }
    return r;
  }

  /** Compares gomedic with go's answers for one file and adds any disagreement to {@code report}. */
  void compare(CorpusFile file, Answers go, GoVerdict verdict, DiffReport report) throws IOException {
    String name = file.kind().fileName();
    Run fmt = gomedicOn(file.kind(), file.content(), "mod", "fmt", name);
    Run json = gomedicOn(file.kind(), file.content(), "mod", "edit", "-json", name);
    String fmtCmd = "gomedic mod fmt " + name;
    String jsonCmd = "gomedic mod edit -json " + name;
    if (crashed(fmt) || crashed(json)) {
      Run bad = crashed(fmt) ? fmt : json;
      report.add(Category.CRASH, file, crashed(fmt) ? fmtCmd : jsonCmd, goText(go.print()), bad.toString());
      return;
    }
    switch (verdict.category()) {
      case ACCEPTED -> {
        if (fmt.exitCode() != 0 || json.exitCode() != 0) {
          Run bad = fmt.exitCode() != 0 ? fmt : json;
          report.add(Category.ACCEPTED_BUT_REJECTED, file, fmt.exitCode() != 0 ? fmtCmd : jsonCmd,
              goText(fmt.exitCode() != 0 ? go.print() : go.json()), bad.toString());
          return;
        }
        if (!Arrays.equals(fmt.stdoutBytes(), go.print().stdout())) {
          report.add(Category.FMT_DIFFERS, file, fmtCmd, go.print().stdoutText(), fmt.stdout());
        }
        if (!Arrays.equals(json.stdoutBytes(), go.json().stdout())) {
          Category c = JsonTree.sameValues(go.json().stdoutText(), json.stdout())
              ? Category.JSON_LAYOUT_DIFFERS : Category.JSON_VALUES_DIFFER;
          report.add(c, file, jsonCmd, go.json().stdoutText(), json.stdout());
        }
      }
      case NEWER_SYNTAX -> {
        if (fmt.exitCode() != 0 || json.exitCode() != 0) {
          Run bad = fmt.exitCode() != 0 ? fmt : json;
          report.add(Category.NEWER_SYNTAX_REJECTED, file, fmt.exitCode() != 0 ? fmtCmd : jsonCmd,
              goText(go.print()), bad.toString());
          return;
        }
        // Go 1.19 cannot say how these should look, but formatting twice must change nothing.
        Run again = gomedicOn(file.kind(), fmt.stdout().getBytes(StandardCharsets.UTF_8),
            "mod", "fmt", name);
        if (again.exitCode() != 0 || !again.stdout().equals(fmt.stdout())) {
          report.add(Category.NEWER_SYNTAX_UNSTABLE, file, fmtCmd + " (run on its own output)",
              fmt.stdout(), again.exitCode() == 0 ? again.stdout() : again.toString());
        }
      }
      case REJECTED -> {
        for (Run r : List.of(fmt, json)) {
          String cmd = r == fmt ? fmtCmd : jsonCmd;
          if (r.exitCode() == 0) {
            report.add(Category.ERROR_MISSED, file, cmd, goText(go.print()), r.stdout());
            return;
          }
          if (r.exitCode() != 1 || !r.oneCleanErrorLine()) {
            report.add(Category.ERROR_BAD_SHAPE, file, cmd, goText(go.print()), r.toString());
            return;
          }
          List<Integer> lines = verdict.realErrorLines();
          if (!lines.isEmpty() && !lines.contains(r.errorLine())) {
            report.add(Category.ERROR_WRONG_LINE, file, cmd, goText(go.print()), r.toString());
            return;
          }
        }
      }
    }
  }

  private static boolean crashed(Run r) {
    return r.exitCode() < 0 || r.exitCode() == 3;
  }

  private static String goText(GoModEditOracle.Result r) {
    return "exit " + r.exitCode() + "\n" + r.stdoutText() + r.stderr();
  }

}
