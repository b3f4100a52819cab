package dev.gomedic.mod.modfile;

/**
 * One problem found in a go.mod or go.work file.
 *
 * @param file the file name given to the parser
 * @param line the line, from 1; 0 when the problem concerns the whole file
 * @param column the rune column, from 1; 0 when the problem concerns the whole file
 * @param directive the directive and module path the problem is about, as Go prefixes them
 *     ({@code "require example.com/m"} or {@code "replace"}), or empty
 * @param message the problem in the go command's words
 */
public record Problem(String file, int line, int column, String directive, String message) {
  static Problem at(String file, Position pos, String message) {
    return new Problem(file, pos.line(), pos.column(), "", message);
  }

  /** {@code file:line:col: [directive: ]message}, or {@code file: message} without a position. */
  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column + ": " : file.isEmpty() ? "" : file + ": ";
    return where + (directive.isEmpty() ? "" : directive + ": ") + message;
  }
}
