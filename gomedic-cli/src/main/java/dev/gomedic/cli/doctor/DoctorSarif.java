package dev.gomedic.cli.doctor;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Outcome;
import dev.gomedic.doctor.Report;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for code-scanning: one rule per check that ran, one result per finding (error, warning or note),
 * located at go.mod (with the line when the evidence names one) or at the project directory. Checks that could
 * not run become toolExecutionNotifications.
 */
final class DoctorSarif {
  private static final Pattern FILE_LINE = Pattern.compile("(go\\.(?:mod|work|sum))(?::(\\d+))?");

  private DoctorSarif() {}

  static String render(Report report, String version) {
    JsonWriter w = JsonWriter.indented();
    w.beginObject()
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0");
    w.name("runs").beginArray().beginObject();
    w.name("tool").beginObject().name("driver").beginObject()
        .field("name", "gomedic")
        .field("informationUri", "https://github.com/gomedic/gomedic")
        .field("version", version);
    w.name("rules").beginArray();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Outcome o : report.outcomes()) {
      Check c = o.check();
      index.put(c.id(), index.size());
      w.beginObject().field("id", c.id()).field("name", c.id())
          .name("shortDescription").beginObject().field("text", c.title()).endObject()
          .name("defaultConfiguration").beginObject().field("level", level(c.severity().label())).endObject()
          .endObject();
    }
    w.endArray().endObject().endObject();
    w.name("results").beginArray();
    for (Finding f : report.findings()) {
      w.beginObject().field("ruleId", f.id()).field("ruleIndex", index.getOrDefault(f.id(), 0))
          .field("level", level(f.severity().label()));
      StringBuilder text = new StringBuilder(f.title()).append(": ").append(f.detail());
      for (Evidence e : f.evidence()) {
        text.append("\n- ").append(e);
      }
      if (!f.fixes().isEmpty()) {
        text.append("\nFix: ").append(f.fixes().get(0).command(dev.gomedic.doctor.Shell.POSIX));
      }
      w.name("message").beginObject().field("text", text.toString()).endObject();
      location(w, f);
      w.endObject();
    }
    w.endArray();
    w.name("invocations").beginArray().beginObject()
        .field("executionSuccessful", report.broken().isEmpty());
    w.name("toolExecutionNotifications").beginArray();
    for (Outcome.Broken b : report.broken()) {
      w.beginObject().name("message").beginObject().field("text", b.reason()).endObject()
          .field("level", "error").endObject();
    }
    w.endArray().endObject().endArray();
    w.endObject().endArray().endObject();
    return w.toString();
  }

  private static void location(JsonWriter w, Finding f) {
    String uri = "go.mod";
    int line = 0;
    for (Evidence e : f.evidence()) {
      Matcher m = FILE_LINE.matcher(e.source());
      if (m.find()) {
        uri = m.group(1);
        line = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        break;
      }
    }
    w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject()
        .name("artifactLocation").beginObject().field("uri", uri).endObject();
    if (line > 0) {
      w.name("region").beginObject().field("startLine", line).endObject();
    }
    w.endObject().endObject().endArray();
  }

  static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }
}
