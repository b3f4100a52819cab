package dev.gomedic.doctor;

/** How bad a finding is. Ordered from worst to mildest, so {@code compareTo} sorts errors first. */
public enum Severity {
  /** go fails, or will fail, until this is fixed. */
  ERROR("error"),
  /** go works today but the setup is fragile, insecure or surprising. */
  WARNING("warning"),
  /** a fact worth knowing when something else goes wrong. */
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lower-case word used in text, JSON and on the command line. */
  public String label() {
    return label;
  }

  /** Whether this severity is at least as bad as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Reads a label such as {@code warning}; throws IllegalArgumentException for anything else. */
  public static Severity ofLabel(String label) {
    for (Severity s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("severity: unknown \"" + label + "\" (want error, warning or info)");
  }
}
