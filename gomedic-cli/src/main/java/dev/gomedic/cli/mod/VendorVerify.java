package dev.gomedic.cli.mod;

import dev.gomedic.cli.UserFiles;

import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.mod.modcache.DeepReport;
import dev.gomedic.mod.modgraph.BuildList;
import dev.gomedic.mod.vendor.VendorConsistency;
import dev.gomedic.mod.vendor.VendorList;
import dev.gomedic.mod.vendorcheck.VendorReport;
import dev.gomedic.mod.vendorcheck.VendorReport.FileChange;
import dev.gomedic.mod.vendorcheck.VendorReport.Kind;
import dev.gomedic.mod.vendorcheck.VendorReport.ModuleReport;
import dev.gomedic.mod.vendorcheck.VendorVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * {@code mod verify --vendor [--diff] [--json]}: vendor/ against what go mod vendor would copy from the module
 * zips in the cache (dev.gomedic.mod.vendorcheck); this class only reads the files and prints the report.
 */
final class VendorVerify {
  private VendorVerify() {}

  static int run(VerifySetup setup, Executor executor, boolean diff, boolean json, PrintWriter out, PrintWriter err) {
    if (setup.mains().size() != 1) {
      err.print("gomedic: mod verify --vendor: workspaces (go work vendor) are not verified; set GOWORK=off to"
          + " verify one module's vendor/\n");
      err.flush();
      return ExitCode.FAILED.code();
    }
    BuildList.Main main = setup.mains().get(0);
    Path vendor = main.dir().resolve("vendor");
    if (!Files.isDirectory(vendor)) {
      err.print("gomedic: mod verify --vendor: no vendor directory in " + main.dir() + "\n");
      err.flush();
      return ExitCode.FAILED.code();
    }
    Path txt = vendor.resolve("modules.txt");
    VendorReport report;
    try {
      VendorList list = Files.isRegularFile(txt) ? VendorList.parse(Files.newInputStream(txt), "vendor/modules.txt")
          : VendorList.parse("", "vendor/modules.txt");
      report = new VendorVerifier(setup.cache(), setup.sums(), executor, diff)
          .verify(main.dir(), main.file(), list, VendorConsistency.Rules.NEWEST);
    } catch (IOException e) {
      throw UserFiles.error("open", vendor.toString(), e);
    }
    out.print(json ? json(setup, vendor, report) : text(main.dir(), report, diff));
    out.flush();
    return report.ok() ? ExitCode.OK.code() : ExitCode.FAILED.code();
  }

  /**
   * go's inconsistent-vendoring error (when modules.txt disagrees with go.mod), then {@code PATH VERSION:
   * STATUS (N files)} a module with its findings and files after a tab, the files of no module, a summary, and
   * with --diff the unified diffs.
   */
  static String text(Path root, VendorReport r, boolean diff) {
    StringBuilder b = new StringBuilder();
    if (!r.inconsistencies().isEmpty()) {
      b.append(VendorConsistency.message(root.toString(), r.inconsistencies())).append("\n\n");
    }
    Map<DeepReport.Status, Integer> counts = new EnumMap<>(DeepReport.Status.class);
    for (ModuleReport m : r.modules()) {
      counts.merge(m.status(), 1, Integer::sum);
      b.append(m.module().path()).append(' ').append(m.module().version()).append(": ")
          .append(VerifyText.status(m.status()));
      if (m.status() == DeepReport.Status.VERIFIED || m.status() == DeepReport.Status.MODIFIED) {
        b.append(" (").append(m.files()).append(m.files() == 1 ? " file)" : " files)");
      }
      b.append('\n');
      m.findings().forEach(f -> b.append('\t').append(f.message()).append('\n'));
      changes(b, m.changes());
    }
    if (!r.unowned().isEmpty()) {
      b.append("vendor/: ").append(r.unowned().size()).append(r.unowned().size() == 1 ? " file" : " files")
          .append(" of no module in vendor/modules.txt\n");
      changes(b, r.unowned());
    }
    int n = r.modules().size();
    b.append(n).append(n == 1 ? " module: " : " modules: ")
        .append(counts.getOrDefault(DeepReport.Status.VERIFIED, 0)).append(" verified, ")
        .append(counts.getOrDefault(DeepReport.Status.MODIFIED, 0)).append(" modified, ")
        .append(counts.getOrDefault(DeepReport.Status.NOT_VERIFIABLE, 0)).append(" not verifiable, ")
        .append(counts.getOrDefault(DeepReport.Status.NOT_DOWNLOADED, 0)).append(" not downloaded\n");
    if (diff) {
      r.changes().forEach(c -> b.append(c.diff()));
    }
    return b.toString();
  }

  private static void changes(StringBuilder b, List<FileChange> changes) {
    for (FileChange c : changes) {
      b.append('\t').append(c.kind().label()).append(": ").append(c.path()).append('\n');
    }
  }

  /**
   * {@code {"schemaVersion": 1, "moduleCache", "vendor", "ok", "inconsistencies": [...], "modules": [{"path",
   * "version", "status", "replacement"?, "files", "added", "changed", "deleted", "findings": [{"failure",
   * "message"}]}], "unowned": [...]}}, with "diffs": {path: diff} when --diff.
   */
  static String json(VerifySetup setup, Path vendor, VendorReport r) {
    JsonWriter w = JsonWriter.indented().beginObject();
    w.field("schemaVersion", 1);
    w.field("moduleCache", setup.cache().root().toString());
    w.field("vendor", vendor.toString());
    w.field("ok", r.ok());
    w.name("inconsistencies").beginArray();
    r.inconsistencies().forEach(p -> w.value(p.toString()));
    w.endArray();
    w.name("modules").beginArray();
    for (ModuleReport m : r.modules()) {
      w.beginObject();
      w.field("path", m.module().path());
      w.field("version", m.module().version());
      w.field("status", VerifyText.status(m.status()).replace(' ', '-'));
      m.replacement().ifPresent(rp -> {
        w.name("replacement").beginObject().field("path", rp.path());
        if (!rp.version().isEmpty()) {
          w.field("version", rp.version());
        }
        w.endObject();
      });
      w.field("files", m.files());
      for (Kind k : Kind.values()) {
        paths(w, k.label(), m.changes().stream().filter(c -> c.kind() == k).toList());
      }
      w.name("findings").beginArray();
      for (DeepReport.Finding f : m.findings()) {
        w.beginObject().field("failure", f.failure()).field("message", f.message()).endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    paths(w, "unowned", r.unowned());
    if (r.changes().stream().anyMatch(c -> !c.diff().isEmpty())) {
      w.name("diffs").beginObject();
      r.changes().forEach(c -> w.field(c.path(), c.diff()));
      w.endObject();
    }
    return w.endObject() + "\n";
  }

  private static void paths(JsonWriter w, String name, List<FileChange> changes) {
    w.name(name).beginArray();
    changes.forEach(c -> w.value(c.path()));
    w.endArray();
  }
}
