package dev.gomedic.goenv;

/**
 * A problem found while resolving the environment. Resolution keeps going; each problem is reported once.
 *
 * @param kind the kind of problem
 * @param subject the variable, file or path concerned
 * @param message a "subject: problem" message; for {@link Kind#GO_FAILS} it is exactly the message the go
 *     command prints before exiting
 * @param goExitStatus for {@link Kind#GO_FAILS}, the status go exits with: 2 for the checks cmd/go's main makes
 *     before any command runs (GOROOT, GOPATH), 1 for a command's own fatal error; 0 for other kinds
 */
public record EnvProblem(Kind kind, String subject, String message, int goExitStatus) {
  /** A problem; a {@link Kind#GO_FAILS} one makes go exit 1. */
  public EnvProblem(Kind kind, String subject, String message) {
    this(kind, subject, message, kind == Kind.GO_FAILS ? 1 : 0);
  }

  /** The kinds of problem. */
  public enum Kind {
    /** The go command itself would refuse to run {@code go env} with this configuration. */
    GO_FAILS,
    /** The go command prints a warning and continues. */
    GO_WARNS,
    /** A go env file line the go command ignores or misreads. */
    ENV_FILE_LINE,
    /** The same variable is set in the OS environment and the go env file; the file's value is ignored. */
    SHADOWED,
    /** A value that is not valid UTF-8 or contains control characters. */
    BAD_VALUE,
    /** The host (PATH, symlinks, files) could not be read fully. */
    HOST,
    /** gomedic cannot compute the value exactly (e.g. unknown toolchain version). */
    UNCERTAIN
  }

  @Override
  public String toString() {
    return message;
  }
}
