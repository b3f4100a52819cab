package dev.gomedic.binfmt.buildinfo;

import java.io.IOException;

/** Build info that was found but cannot be parsed; {@link #line()} is 1-based, as Go reports it. */
public final class BuildInfoException extends IOException {
  private final int line;
  private final String problem;

  public BuildInfoException(int line, String problem) {
    super("could not parse Go build info: line " + line + ": " + problem);
    this.line = line;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
