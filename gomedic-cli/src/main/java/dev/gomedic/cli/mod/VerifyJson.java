package dev.gomedic.cli.mod;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.mod.modcache.CacheCheck;
import dev.gomedic.mod.modcache.DeepReport;
import dev.gomedic.mod.modcache.ModuleDiff;
import dev.gomedic.mod.modgraph.BuildList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON of {@code mod verify --json}: {@code {"schemaVersion": 1, "moduleCache", "mainModules": [...],
 * "ok", "modules": [{"path", "version", "status", "replacement"?, "zip"?, "ziphash"?, "zipHash"?, "dir"?,
 * "dirHash"?, "added", "changed", "deleted", "zipDirectoryEntries", "findings": [{"failure", "message"}]}],
 * "problems": [...]}}; status is verified, modified, not-verifiable or not-downloaded.
 */
final class VerifyJson {
  private VerifyJson() {}

  static String render(VerifySetup setup, List<DeepReport> reports) {
    JsonWriter w = JsonWriter.indented().beginObject();
    w.field("schemaVersion", 1);
    w.field("moduleCache", setup.cache().root().toString());
    w.name("mainModules").beginArray();
    for (BuildList.Main m : setup.mains()) {
      w.value(m.file().module() == null ? "" : m.file().module().path());
    }
    w.endArray();
    w.field("ok", reports.stream().noneMatch(r -> r.status() == DeepReport.Status.MODIFIED));
    w.name("modules").beginArray();
    for (DeepReport r : reports) {
      module(w, r);
    }
    w.endArray();
    strings(w, "problems", setup.buildList().problems());
    return w.endObject() + "\n";
  }

  private static void module(JsonWriter w, DeepReport r) {
    w.beginObject();
    w.field("path", r.module().path());
    w.field("version", r.module().version());
    w.field("status", VerifyText.status(r.status()).replace(' ', '-'));
    r.replacement().ifPresent(rp -> {
      w.name("replacement").beginObject().field("path", rp.path());
      if (!rp.version().isEmpty()) {
        w.field("version", rp.version());
      }
      w.endObject();
    });
    if (r.check().isPresent() && r.check().get().zip() != null) {
      CacheCheck c = r.check().get();
      w.field("zip", c.zip().toString());
      optional(w, "ziphash", c.ziphash());
      optional(w, "zipHash", c.zipHash());
      w.field("dir", c.dir().toString());
      optional(w, "dirHash", c.dirHash());
    }
    ModuleDiff d = r.diff().orElse(new ModuleDiff(List.of(), List.of(), List.of(), List.of()));
    strings(w, "added", d.added());
    strings(w, "changed", d.changed());
    strings(w, "deleted", d.deleted());
    strings(w, "zipDirectoryEntries", d.zipDirectories());
    w.name("findings").beginArray();
    for (DeepReport.Finding f : r.findings()) {
      w.beginObject().field("failure", f.failure()).field("message", f.message()).endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void optional(JsonWriter w, String name, Optional<String> v) {
    v.ifPresent(s -> w.field(name, s));
  }

  private static void strings(JsonWriter w, String name, List<String> values) {
    w.name(name).beginArray();
    values.forEach(w::value);
    w.endArray();
  }
}
