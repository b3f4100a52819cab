package dev.gomedic.cli;

/**
 * A user mistake a command has already put into words: the message is printed as one line on stderr, with no
 * stack trace, and the process exits with {@link #exitCode()}.
 */
public final class UserError extends RuntimeException {
  private final ExitCode exitCode;

  public UserError(ExitCode exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
