package dev.gomedic.binfmt;

import java.io.IOException;

/** A file that claims to be an executable format but breaks its rules (truncated, offsets past the end). */
public class BinaryFormatException extends IOException {
  private final String file;
  private final String problem;

  public BinaryFormatException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  public String problem() {
    return problem;
  }
}
