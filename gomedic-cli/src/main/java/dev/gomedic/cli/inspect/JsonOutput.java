package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.Module;
import dev.gomedic.binfmt.buildinfo.Setting;
import dev.gomedic.binfmt.runs.Verdict;
import dev.gomedic.cli.render.JsonWriter;
import java.nio.ByteOrder;
import java.util.stream.Collectors;

/**
 * {@code --json} and {@code --json-lines}: one object per file, schema version 1 (docs/schemas/inspect.schema.json).
 * Fields: schemaVersion, file, format,
 * os, arch, bits, byteOrder, kind, linking, interpreter, libraries, stripped, runsHere {verdict, reason, error},
 * buildInfo {goVersion, source, path, main, deps, settings} (absent for non-Go binaries), goVersion (when only the
 * runtime's version string was found), slices (fat files).
 */
final class JsonOutput {
  private JsonOutput() {}

  /** Writes the object for {@code in} into the empty writer {@code w}; returns {@code w}. */
  static JsonWriter render(Inspection in, JsonWriter w) {
    w.beginObject().field("schemaVersion", 1);
    w.field("file", in.file());
    w.field("format", in.exe().format().id());
    if (in.exe() instanceof FatImage fat) {
      w.field("os", fat.slices().get(0).os());
      w.field("arch", fat.slices().stream().map(Image::arch).collect(Collectors.joining(",")));
      verdict(w, in.runsHere());
      w.name("slices").beginArray();
      for (Inspection.SliceInfo s : in.slices()) {
        w.beginObject();
        image(w, s.image());
        go(w, s);
        w.endObject();
      }
      w.endArray();
    } else {
      Inspection.SliceInfo s = in.primary();
      image(w, s.image());
      verdict(w, in.runsHere());
      go(w, s);
    }
    return w.endObject();
  }

  /** A file that could not be read: {@code {"schemaVersion": 1, "file": ..., "error": ...}}. */
  static JsonWriter error(String file, String message, JsonWriter w) {
    return w.beginObject().field("schemaVersion", 1).field("file", file).field("error", message).endObject();
  }

  private static void image(JsonWriter w, Image i) {
    if (i.format() != dev.gomedic.binfmt.Format.MACHO_FAT) {
      w.field("os", i.os());
      w.field("arch", i.arch());
    }
    if (!i.variant().isEmpty()) {
      w.field("variant", i.variant());
    }
    w.field("bits", i.bits());
    w.field("byteOrder", i.order() == ByteOrder.LITTLE_ENDIAN ? "little" : "big");
    w.field("kind", i.kind().id());
    w.field("linking", i.linking().id());
    if (!i.interpreter().isEmpty()) {
      w.field("interpreter", i.interpreter());
    }
    w.name("libraries").beginArray();
    for (String l : i.libraries()) {
      w.value(l);
    }
    w.endArray();
    w.field("stripped", i.stripped());
  }

  private static void verdict(JsonWriter w, Verdict v) {
    w.name("runsHere").beginObject().field("verdict", v.id());
    if (v instanceof Verdict.Native n) {
      if (!n.note().isEmpty()) {
        w.field("note", n.note());
      }
    } else if (v instanceof Verdict.Translated t) {
      w.field("layer", t.layer()).field("limits", t.limits());
    } else if (v instanceof Verdict.CannotRun c) {
      w.field("reason", c.reason());
      if (!c.error().isEmpty()) {
        w.field("error", c.error());
      }
    }
    w.endObject();
  }

  private static void go(JsonWriter w, Inspection.SliceInfo s) {
    if (!s.error().isEmpty()) {
      w.field("buildInfoError", s.error());
      return;
    }
    if (s.info().isEmpty()) {
      s.runtimeVersion().ifPresent(v -> w.field("goVersion", v));
      return;
    }
    BuildInfo bi = s.info().get();
    w.name("buildInfo").beginObject();
    w.field("goVersion", bi.goVersion());
    w.field("path", bi.path());
    if (!bi.main().isNone()) {
      w.name("main");
      module(w, bi.main());
    }
    w.name("deps").beginArray();
    for (Module d : bi.deps()) {
      module(w, d);
    }
    w.endArray();
    w.name("settings").beginArray();
    for (Setting st : bi.settings()) {
      w.beginObject().field("key", st.key()).field("value", st.value()).endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void module(JsonWriter w, Module m) {
    w.beginObject().field("path", m.path()).field("version", m.version());
    if (!m.sum().isEmpty()) {
      w.field("sum", m.sum());
    }
    if (m.replace() != null) {
      w.name("replace");
      module(w, m.replace());
    }
    w.endObject();
  }
}
