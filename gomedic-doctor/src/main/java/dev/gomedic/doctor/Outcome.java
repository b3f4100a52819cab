package dev.gomedic.doctor;

import java.util.List;

/** What running one check gave: nothing wrong, findings, or a failure of the check itself. */
public sealed interface Outcome {
  Check check();

  /** The check ran and found nothing. */
  record Passed(Check check) implements Outcome {}

  /** The check ran and found something. */
  record Fired(Check check, List<Finding> findings) implements Outcome {
    public Fired {
      findings = List.copyOf(findings);
    }
  }

  /** The check itself failed (threw, or ran out of time): shown as such, never dropped. */
  record Broken(Check check, String reason) implements Outcome {}
}
