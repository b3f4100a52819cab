package dev.gomedic.doctor;

/** Where an effective go env value came from, in go's order of precedence. */
public enum Provenance {
  /** the OS environment of the process. */
  ENVIRONMENT("environment"),
  /** the file {@code go env -w} writes (GOENV). */
  GOENV_FILE("go env file"),
  /** {@code $GOROOT/go.env} (Go 1.21 and later). */
  GOROOT_GO_ENV("$GOROOT/go.env"),
  /** computed by go itself (GOPATH from HOME, GOROOT from the binary's location). */
  DEFAULT("default"),
  /** not set anywhere; go uses an empty value. */
  UNSET("unset");

  private final String label;

  Provenance(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
