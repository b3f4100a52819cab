package dev.gomedic.doctor;

import java.util.List;
import java.util.Set;

/**
 * One diagnosis: a stable ID (never renamed; users put them in --only and CI configs), a severity, a title and a
 * group. {@link #run} reads only the {@link DoctorContext} and returns the findings (usually none or one); it
 * may throw, and the runner then shows the check as failed.
 */
public interface Check {
  String id();

  Severity severity();

  Group group();

  String title();

  /** The IDs of findings this one explains: when both fire, this one is the root cause and is shown first. */
  default Set<String> explains() {
    return Set.of();
  }

  List<Finding> run(DoctorContext context) throws Exception;

  /** A finding of this check with its own ID, severity, group and title. */
  default Finding finding(String detail, List<Evidence> evidence, List<Fix> fixes) {
    return new Finding(id(), severity(), group(), title(), detail, evidence, fixes);
  }
}
