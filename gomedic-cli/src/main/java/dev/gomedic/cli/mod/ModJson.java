package dev.gomedic.cli.mod;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.mod.modfile.Exclude;
import dev.gomedic.mod.modfile.Godebug;
import dev.gomedic.mod.modfile.Ignore;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.modfile.Require;
import dev.gomedic.mod.modfile.Retract;
import dev.gomedic.mod.modfile.Tool;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code go mod edit -json}'s document: Module, Go, Toolchain, Godebug, Require, Exclude, Replace, Retract,
 * Tool, Ignore. Require, Exclude, Replace and Retract print {@code null} when empty (as Go's nil slices do);
 * Go, Toolchain, Godebug, Tool and Ignore are left out when empty, so a file Go 1.19 understands gives the same
 * bytes as Go 1.19.
 */
final class ModJson {
  private ModJson() {}

  static String render(ModFile f) {
    JsonWriter w = JsonWriter.indented().beginObject();
    w.name("Module").beginObject();
    w.field("Path", f.module() == null ? "" : f.module().path());
    if (f.module() != null && !f.module().deprecated().isEmpty()) {
      w.field("Deprecated", f.module().deprecated());
    }
    w.endObject();
    if (f.go() != null && !f.go().version().isEmpty()) {
      w.field("Go", f.go().version());
    }
    if (f.toolchain() != null && !f.toolchain().name().isEmpty()) {
      w.field("Toolchain", f.toolchain().name());
    }
    if (!f.godebugs().isEmpty()) {
      list(w, "Godebug", f.godebugs(), (Godebug g) -> w.field("Key", g.key()).field("Value", g.value()));
    }
    list(w, "Require", f.requires(), (Require r) -> {
      w.field("Path", r.path());
      if (!r.version().isEmpty()) {
        w.field("Version", r.version());
      }
      if (r.indirect()) {
        w.field("Indirect", true);
      }
    });
    list(w, "Exclude", f.excludes(), (Exclude x) -> module(w, x.path(), x.version()));
    list(w, "Replace", f.replaces(), (Replace r) -> {
      w.name("Old").beginObject();
      module(w, r.oldPath(), r.oldVersion());
      w.endObject().name("New").beginObject();
      module(w, r.newPath(), r.newVersion());
      w.endObject();
    });
    list(w, "Retract", f.retracts(), (Retract r) -> {
      if (!r.low().isEmpty()) {
        w.field("Low", r.low());
      }
      if (!r.high().isEmpty()) {
        w.field("High", r.high());
      }
      if (!r.rationale().isEmpty()) {
        w.field("Rationale", r.rationale());
      }
    });
    if (!f.tools().isEmpty()) {
      list(w, "Tool", f.tools(), (Tool t) -> w.field("Path", t.path()));
    }
    if (!f.ignores().isEmpty()) {
      list(w, "Ignore", f.ignores(), (Ignore t) -> w.field("Path", t.path()));
    }
    return w.endObject().toString() + "\n";
  }

  private static void module(JsonWriter w, String path, String version) {
    w.field("Path", path);
    if (!version.isEmpty()) {
      w.field("Version", version);
    }
  }

  private static <T> void list(JsonWriter w, String key, List<T> items, Consumer<T> body) {
    w.name(key);
    if (items.isEmpty()) {
      w.nullValue();
      return;
    }
    w.beginArray();
    for (T item : items) {
      w.beginObject();
      body.accept(item);
      w.endObject();
    }
    w.endArray();
  }
}
