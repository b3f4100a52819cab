package dev.gomedic.mod.sumfile;

/**
 * A malformed go.sum line. {@link #getMessage()} is one line, {@code go.sum:3: wrong number of
 * fields 2}; {@link #goMessage()} is the go command's own text, {@code malformed go.sum:\ngo.sum:3:
 * wrong number of fields 2}.
 */
public final class GoSumException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String problem;

  public GoSumException(String file, int line, String problem) {
    super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** The display name given to the parser. */
  public String file() {
    return file;
  }

  /** The 1-based line number, or 0 when the problem is with the whole file (size). */
  public int line() {
    return line;
  }

  /** The problem alone, e.g. {@code wrong number of fields 2}. */
  public String problem() {
    return problem;
  }

  /** The go command's text for the same problem, including its "malformed go.sum:" first line. */
  public String goMessage() {
    return "malformed go.sum:\n" + getMessage();
  }
}
