package dev.gomedic.doctor;

import java.util.List;

/**
 * What a check found: its ID, severity and title, the mechanism in two or three sentences, the evidence (paths
 * and values with where they came from) and the fixes, best first.
 */
public record Finding(
    String id, Severity severity, Group group, String title, String detail, List<Evidence> evidence, List<Fix> fixes) {
  public Finding {
    evidence = List.copyOf(evidence);
    fixes = List.copyOf(fixes);
  }
}
