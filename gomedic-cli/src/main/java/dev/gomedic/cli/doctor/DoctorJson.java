package dev.gomedic.cli.doctor;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Outcome;
import dev.gomedic.doctor.Report;
import dev.gomedic.doctor.Severity;
import dev.gomedic.doctor.Shell;
import java.nio.file.Path;

/**
 * The --json document, schema version 1: {@code {"schemaVersion":1, "findings":[...], "brokenChecks":[...],
 * "summary":{...}, "toolchain":{...}, "host":{...}}}. Findings are in report order (root causes first).
 */
final class DoctorJson {
  private DoctorJson() {}

  static String render(Report report, DoctorFacts facts) {
    JsonWriter w = JsonWriter.indented();
    w.beginObject().field("schemaVersion", 1);
    w.name("findings").beginArray();
    for (Finding f : report.findings()) {
      finding(w, f, report);
    }
    w.endArray();
    w.name("brokenChecks").beginArray();
    for (Outcome.Broken b : report.broken()) {
      w.beginObject().field("id", b.check().id()).field("reason", b.reason()).endObject();
    }
    w.endArray();
    w.name("summary").beginObject()
        .field("errors", report.count(Severity.ERROR))
        .field("warnings", report.count(Severity.WARNING))
        .field("infos", report.count(Severity.INFO))
        .field("passed", report.passed())
        .field("broken", report.broken().size())
        .field("checks", report.outcomes().size())
        .endObject();
    w.name("toolchain").beginObject()
        .field("go", facts.goPath())
        .field("version", facts.goVersion())
        .field("goroot", facts.goroot())
        .field("moduleRoot", facts.moduleRoot().map(Path::toString).orElse(""))
        .field("moduleMode", facts.moduleMode());
    w.name("onPath").beginArray();
    for (GoInstall g : facts.context().goOnPath()) {
      w.beginObject().field("path", g.binary().toString())
          .field("goroot", g.goroot().map(Path::toString).orElse(""))
          .field("version", g.version().orElse("")).endObject();
    }
    w.endArray().endObject();
    w.name("host").beginObject()
        .field("os", facts.context().os().goName())
        .field("arch", facts.context().arch())
        .field("dir", facts.context().workingDir().toString())
        .field("shell", facts.shell().title())
        .endObject();
    w.endObject();
    return w.toString();
  }

  static void finding(JsonWriter w, Finding f, Report report) {
    w.beginObject()
        .field("id", f.id())
        .field("severity", f.severity().label())
        .field("group", f.group().title())
        .field("title", f.title())
        .field("detail", f.detail());
    w.name("evidence").beginArray();
    for (Evidence e : f.evidence()) {
      w.beginObject().field("name", e.name()).field("value", e.value()).field("source", e.source()).endObject();
    }
    w.endArray();
    w.name("fixes").beginArray();
    for (Fix x : f.fixes()) {
      w.beginObject().field("summary", x.summary());
      w.name("commands").beginObject();
      for (Shell s : Shell.values()) {
        w.field(s.title(), x.command(s));
      }
      w.endObject().field("applicable", x.applicable()).endObject();
    }
    w.endArray();
    w.name("explainedBy").beginArray();
    for (String id : report.explainedBy(f)) {
      w.value(id);
    }
    w.endArray();
    w.endObject();
  }
}
