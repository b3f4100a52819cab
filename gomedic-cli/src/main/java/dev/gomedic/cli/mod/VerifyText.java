package dev.gomedic.cli.mod;

import dev.gomedic.mod.modcache.DeepReport;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of {@code mod verify --deep}: {@code PATH VERSION: STATUS} a module, each finding below it after a
 * tab, and {@code N modules: V verified, M modified, U not verifiable, D not downloaded} last.
 */
final class VerifyText {
  private VerifyText() {}

  static String render(List<DeepReport> reports) {
    StringBuilder b = new StringBuilder();
    Map<DeepReport.Status, Integer> counts = new EnumMap<>(DeepReport.Status.class);
    for (DeepReport r : reports) {
      counts.merge(r.status(), 1, Integer::sum);
      b.append(r.module().path()).append(' ').append(r.module().version()).append(": ")
          .append(status(r.status())).append('\n');
      for (DeepReport.Finding f : r.findings()) {
        b.append('\t').append(f.message()).append('\n');
      }
    }
    b.append(reports.size()).append(reports.size() == 1 ? " module: " : " modules: ")
        .append(counts.getOrDefault(DeepReport.Status.VERIFIED, 0)).append(" verified, ")
        .append(counts.getOrDefault(DeepReport.Status.MODIFIED, 0)).append(" modified, ")
        .append(counts.getOrDefault(DeepReport.Status.NOT_VERIFIABLE, 0)).append(" not verifiable, ")
        .append(counts.getOrDefault(DeepReport.Status.NOT_DOWNLOADED, 0)).append(" not downloaded\n");
    return b.toString();
  }

  /** {@code verified}, {@code modified}, {@code not verifiable}, {@code not downloaded}. */
  static String status(DeepReport.Status s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
