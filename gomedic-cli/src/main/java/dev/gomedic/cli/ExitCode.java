package dev.gomedic.cli;

/**
 * The process exit codes of every gomedic command, in one place.
 *
 * <ul>
 *   <li>0 {@link #OK}: the command did what was asked, and found nothing at or above the failure level.
 *   <li>1 {@link #FAILED}: the input is wrong (a parse error, an invalid version), a check failed, or a
 *       diagnosis found a problem at or above the failure level.
 *   <li>2 {@link #USAGE}: the command line is wrong (unknown flag, missing argument).
 *   <li>3 {@link #INTERNAL}: gomedic itself failed (a bug); the message asks for a report.
 * </ul>
 */
public enum ExitCode {
  OK(0),
  FAILED(1),
  USAGE(2),
  INTERNAL(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
