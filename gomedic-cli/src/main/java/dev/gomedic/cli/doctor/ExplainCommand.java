package dev.gomedic.cli.doctor;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.cli.UserFiles;
import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.Doctor;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Outcome;
import dev.gomedic.doctor.Report;
import dev.gomedic.doctor.Shell;
import dev.gomedic.doctor.checks.Checks;
import dev.gomedic.doctor.explain.Catalog;
import dev.gomedic.doctor.explain.Cause;
import dev.gomedic.doctor.explain.LogScanner;
import dev.gomedic.doctor.explain.Match;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic explain}: recognise go's messages in a log and tie each to its cause on this machine. */
public final class ExplainCommand {
  private final CliContext context;
  private final String file;
  private final boolean json;
  private final String dir;
  private final String go;
  private final boolean colour;

  private ExplainCommand(CliContext context, Parsed p) {
    this.context = context;
    this.file = p.positional(0);
    this.json = p.flag("--json");
    this.dir = p.string("--dir");
    this.go = p.string("--go");
    try {
      this.colour = context.color(p.string("--color"));
    } catch (IllegalArgumentException e) {
      throw p.usageError(e.getMessage());
    }
  }

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("explain", p -> new ExplainCommand(context, p).run(p.out()),
        "Explain the errors in the output of a go command (a file, or - / nothing for stdin).");
    spec.usageMessage().footer("", "Exit status: 0 at least one message was recognised, 1 none was (or the input"
        + " is unreadable), 2 usage error.");
    spec.addPositional(Specs.positional("0", "0..1", "FILE", "The log to read; - or nothing reads stdin."));
    spec.addOption(Specs.flag("Print the result as JSON (schemaVersion 1).", "--json"));
    spec.addOption(Specs.option("WHEN", "Colour the report: auto (default: on a terminal, unless NO_COLOR is set or"
        + " TERM=dumb), always or never.", "--color").toBuilder()
        .completionCandidates(java.util.List.of("auto", "always", "never")).build());
    spec.addOption(Specs.option("DIR", "The project directory the checks look at.", "--dir"));
    spec.addOption(Specs.option("PATH", "The go binary the checks look at.", "--go"));
    return spec;
  }

  /** A cause with the verdict of its check on this machine. */
  record Verdict(Cause cause, String status, int rank) {}

  private int run(PrintWriter out) throws IOException {
    // --dir and --go first: a mistake there is reported before a log is read from stdin
    DoctorContext ctx = DoctorCommand.context(context, dir, go);
    Catalog catalog = Catalog.load();
    LogScanner.Result result;
    try (Reader in = open()) {
      result = LogScanner.scan(in, catalog);
    } catch (IOException e) {
      throw UserFiles.error("read", file == null ? "stdin" : file, e);
    }
    Set<String> implemented = Checks.all().stream().map(Check::id).collect(Collectors.toSet());
    Set<String> wanted = new LinkedHashSet<>();
    for (Match m : result.matches()) {
      m.entry().causes().forEach(c -> c.check().filter(implemented::contains).ifPresent(wanted::add));
    }
    Report report = wanted.isEmpty() ? new Report(List.of())
        : Doctor.run(ctx, Checks.all(), wanted, Duration.ofSeconds(5));
    if (json) {
      out.println(json(result, report, implemented));
    } else {
      text(out, result, report, implemented, new DoctorFacts(ctx, Shell.detect(ctx.os(), context.env()::get)));
    }
    out.flush();
    return result.matches().isEmpty() ? ExitCode.FAILED.code() : ExitCode.OK.code();
  }

  private Reader open() throws IOException {
    InputStream in;
    if (file == null || file.equals("-")) {
      in = System.in;
    } else {
      Path path = context.resolve(file);
      UserFiles.requireRegular(path, file);
      try {
        in = Files.newInputStream(path);
      } catch (IOException e) {
        throw UserFiles.error("open", file, e);
      }
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  static List<Verdict> verdicts(Match m, Report report, Set<String> implemented) {
    Map<String, Outcome> byId = report.outcomes().stream().collect(Collectors.toMap(o -> o.check().id(), o -> o));
    List<Verdict> out = new ArrayList<>();
    for (Cause c : m.entry().causes()) {
      if (c.check().isEmpty()) {
        out.add(new Verdict(c, "no check", 1));
        continue;
      }
      String id = c.check().get();
      Outcome o = byId.get(id);
      if (!implemented.contains(id)) {
        out.add(new Verdict(c, "not checked yet", 1));
      } else if (o instanceof Outcome.Fired) {
        out.add(new Verdict(c, "confirmed", 0));
      } else if (o instanceof Outcome.Broken b) {
        out.add(new Verdict(c, "check failed: " + b.reason(), 1));
      } else {
        out.add(new Verdict(c, "ruled out", 2));
      }
    }
    out.sort(Comparator.comparingInt(Verdict::rank)); // stable: catalog order within a rank
    return out;
  }

  private void text(PrintWriter out, LogScanner.Result result, Report report, Set<String> implemented, DoctorFacts facts) {
    if (result.matches().isEmpty()) {
      out.println("no known go message found in " + result.lines() + " lines");
      return;
    }
    for (Match m : result.matches()) {
      String first = m.text().lines().findFirst().orElse("");
      out.println("line " + m.line() + (m.count() > 1 ? " (and " + (m.count() - 1) + " more)" : "") + ": " + first);
      out.println("  " + m.entry().id() + ": " + m.entry().meaning());
      out.println("  likely causes, best first:");
      for (Verdict v : verdicts(m, report, implemented)) {
        String mark = switch (v.rank()) {  // marks on a terminal, plain words in logs (as doctor does)
          case 0 -> context.terminal() ? "✓" : "YES";
          case 2 -> context.terminal() ? "✗" : "NO";
          default -> "?";
        };
        out.println("    " + mark + " " + v.cause().check().orElse("-") + " [" + v.status() + "]  " + v.cause().description());
      }
      if (!m.entry().fix().isEmpty()) {
        out.println("  usual fix: " + m.entry().fix());
      }
      out.println();
    }
    List<Finding> findings = report.findings();
    if (!findings.isEmpty()) {
      out.println("doctor findings on this machine:");
      new DoctorText(out, colour, false).render(report, facts);
    }
  }

  private static String json(LogScanner.Result result, Report report, Set<String> implemented) {
    JsonWriter w = JsonWriter.indented();
    w.beginObject().field("schemaVersion", 1).field("lines", result.lines());
    w.name("matches").beginArray();
    for (Match m : result.matches()) {
      w.beginObject().field("id", m.entry().id()).field("line", m.line()).field("count", m.count())
          .field("text", m.text()).field("meaning", m.entry().meaning()).field("fix", m.entry().fix());
      w.name("placeholders").beginObject();
      m.values().forEach(w::field);
      w.endObject();
      w.name("causes").beginArray();
      for (Verdict v : verdicts(m, report, implemented)) {
        w.beginObject().field("check", v.cause().check().orElse("")).field("description", v.cause().description())
            .field("status", v.status()).endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
    w.name("findings").beginArray();
    for (Finding f : report.findings()) {
      DoctorJson.finding(w, f, report);
    }
    w.endArray().endObject();
    return w.toString();
  }
}
