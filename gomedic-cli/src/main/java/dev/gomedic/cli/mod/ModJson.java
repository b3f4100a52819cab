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
import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * {@code go mod edit -json}'s document: Module, Go, Toolchain, Godebug, Require, Exclude, Replace, Retract,
 * Tool, Ignore. Require, Exclude, Replace and Retract print {@code null} when empty (as Go's nil slices do);
 * Go, Toolchain, Godebug, Tool and Ignore are left out when empty, so a file Go 1.19 understands gives the same
 * bytes as Go 1.19.
 *
 * <p>The document is written as it is made, one top-level member or list element at a time (each element laid
 * out by {@link JsonWriter} and indented to its depth), so that a go.mod with millions of requirements does
 * not need its whole JSON in memory.
 */
final class ModJson {
  private final PrintWriter out;
  private boolean first = true;

  private ModJson(PrintWriter out) {
    this.out = out;
  }

  static void render(ModFile f, PrintWriter out) {
    ModJson j = new ModJson(out);
    out.print("{");
    JsonWriter m = JsonWriter.indented().beginObject().field("Path", f.module() == null ? "" : f.module().path());
    if (f.module() != null && !f.module().deprecated().isEmpty()) {
      m.field("Deprecated", f.module().deprecated());
    }
    j.member("Module", m.endObject().toString());
    if (f.go() != null && !f.go().version().isEmpty()) {
      j.member("Go", JsonWriter.compact().value(f.go().version()).toString());
    }
    if (f.toolchain() != null && !f.toolchain().name().isEmpty()) {
      j.member("Toolchain", JsonWriter.compact().value(f.toolchain().name()).toString());
    }
    if (!f.godebugs().isEmpty()) {
      j.list("Godebug", f.godebugs(), (Godebug g, JsonWriter w) -> w.field("Key", g.key()).field("Value", g.value()));
    }
    j.list("Require", f.requires(), (Require r, JsonWriter w) -> {
      w.field("Path", r.path());
      if (!r.version().isEmpty()) {
        w.field("Version", r.version());
      }
      if (r.indirect()) {
        w.field("Indirect", true);
      }
    });
    j.list("Exclude", f.excludes(), (Exclude x, JsonWriter w) -> module(w, x.path(), x.version()));
    j.list("Replace", f.replaces(), (Replace r, JsonWriter w) -> {
      w.name("Old").beginObject();
      module(w, r.oldPath(), r.oldVersion());
      w.endObject().name("New").beginObject();
      module(w, r.newPath(), r.newVersion());
      w.endObject();
    });
    j.list("Retract", f.retracts(), (Retract r, JsonWriter w) -> {
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
      j.list("Tool", f.tools(), (Tool t, JsonWriter w) -> w.field("Path", t.path()));
    }
    if (!f.ignores().isEmpty()) {
      j.list("Ignore", f.ignores(), (Ignore t, JsonWriter w) -> w.field("Path", t.path()));
    }
    out.print("\n}\n");
    out.flush();
  }

  /** Writes {@code "key": value} at depth 1; {@code value} is a JSON document laid out from depth 0. */
  private void member(String key, String value) {
    out.print(first ? "\n\t" : ",\n\t");
    first = false;
    out.print(JsonWriter.compact().value(key).toString());
    out.print(": ");
    out.print(indent(value, "\t"));
  }

  private <T> void list(String key, List<T> items, BiConsumer<T, JsonWriter> body) {
    if (items.isEmpty()) {
      member(key, "null");
      return;
    }
    member(key, "[");
    for (int i = 0; i < items.size(); i++) {
      JsonWriter w = JsonWriter.indented().beginObject();
      body.accept(items.get(i), w);
      out.print(i == 0 ? "\n\t\t" : ",\n\t\t");
      out.print(indent(w.endObject().toString(), "\t\t"));
    }
    out.print("\n\t]");
  }

  /** Indents every line but the first (JSON strings hold no raw newlines, so lines are layout). */
  private static String indent(String json, String prefix) {
    return json.indexOf('\n') < 0 ? json : json.replace("\n", "\n" + prefix);
  }

  private static void module(JsonWriter w, String path, String version) {
    w.field("Path", path);
    if (!version.isEmpty()) {
      w.field("Version", version);
    }
  }
}
