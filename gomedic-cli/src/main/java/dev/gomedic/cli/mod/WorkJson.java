package dev.gomedic.cli.mod;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.mod.modfile.Godebug;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.modfile.WorkFile;

/**
 * {@code go work edit -json}'s document: Go, Toolchain and Godebug (only when present), Use (a list of
 * {@code {"DiskPath": ...}}) and Replace, with {@code null} for an empty Use or Replace as Go prints nil slices.
 */
final class WorkJson {
  private WorkJson() {}

  static String render(WorkFile f) {
    JsonWriter w = JsonWriter.indented().beginObject();
    if (f.go() != null && !f.go().version().isEmpty()) {
      w.field("Go", f.go().version());
    }
    if (f.toolchain() != null && !f.toolchain().name().isEmpty()) {
      w.field("Toolchain", f.toolchain().name());
    }
    if (!f.godebugs().isEmpty()) {
      w.name("Godebug").beginArray();
      for (Godebug g : f.godebugs()) {
        w.beginObject().field("Key", g.key()).field("Value", g.value()).endObject();
      }
      w.endArray();
    }
    w.name("Use");
    if (f.uses().isEmpty()) {
      w.nullValue();
    } else {
      w.beginArray();
      f.uses().forEach(u -> w.beginObject().field("DiskPath", u.path()).endObject());
      w.endArray();
    }
    w.name("Replace");
    if (f.replaces().isEmpty()) {
      w.nullValue();
    } else {
      w.beginArray();
      for (Replace r : f.replaces()) {
        w.beginObject().name("Old").beginObject();
        module(w, r.oldPath(), r.oldVersion());
        w.endObject().name("New").beginObject();
        module(w, r.newPath(), r.newVersion());
        w.endObject().endObject();
      }
      w.endArray();
    }
    return w.endObject().toString() + "\n";
  }

  private static void module(JsonWriter w, String path, String version) {
    w.field("Path", path);
    if (!version.isEmpty()) {
      w.field("Version", version);
    }
  }
}
