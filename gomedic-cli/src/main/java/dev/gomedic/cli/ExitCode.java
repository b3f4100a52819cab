package dev.gomedic.cli;

/**
 * The process exit codes of every gomedic command, in one place: {@code gomedic help exit-codes} prints this table
 * and the README copies it (ExitCodeTableTest keeps the two equal).
 */
public enum ExitCode {
  OK(0, "success: the command did what was asked and found nothing at or above the failure level"),
  FAILED(1, "failure: a check or diagnosis found a problem, the input is wrong (a parse error, an invalid"
      + " version, a checksum mismatch), or a file or directory named on the command line cannot be used"
      + " (no such file, permission denied, is a directory)"),
  USAGE(2, "usage: the command line is wrong (unknown command or flag, missing or extra argument); the usage"
      + " of the command is printed. env also exits 2 where go env does (an unsupported GOOS/GOARCH pair, a missing GOROOT, a relative GOPATH)"),
  INTERNAL(3, "internal error: a bug in gomedic; the message asks for a report");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  /** What the code means, as the table says it. */
  public String meaning() {
    return meaning;
  }
}
