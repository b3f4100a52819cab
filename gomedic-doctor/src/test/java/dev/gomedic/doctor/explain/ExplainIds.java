package dev.gomedic.doctor.explain;

import java.util.Set;

/** Check IDs named by catalog causes that are listed in issue 5 but not implemented yet. */
final class ExplainIds {
  private ExplainIds() {}

  static final Set<String> PLANNED = Set.of();

  /** Whether a "versions" range such as 1.11-, 1.12-1.20 or 1.0- includes Go 1.19. */
  static boolean in119(String versions) {
    String[] r = versions.split("-", -1);
    double lo = Double.parseDouble(r[0].replace("1.", "1.0").length() > 4 ? "1." + String.format("%02d", Integer.parseInt(r[0].substring(2))) : "1.0" + r[0].substring(2));
    int from = Integer.parseInt(r[0].substring(2));
    int to = r.length < 2 || r[1].isEmpty() ? 99 : Integer.parseInt(r[1].substring(2));
    return lo >= 0 && from <= 19 && to >= 19;
  }
}
