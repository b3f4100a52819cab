package dev.gomedic.mod.modfile;

/**
 * One {@code //} comment.
 *
 * @param start where the comment starts (meaningless for comments added by edits)
 * @param token the comment text including {@code //}, without the line ending; the empty string marks a
 *     preserved blank line inside a block
 * @param suffix true for an end-of-line comment, false for a comment on a line of its own
 */
public record Comment(Position start, String token, boolean suffix) {
  /** A whole-line comment made by an edit. */
  public static Comment line(String token) {
    return new Comment(Position.START, token, false);
  }

  /** An end-of-line comment made by an edit. */
  public static Comment suffix(String token) {
    return new Comment(Position.START, token, true);
  }

  Comment withToken(String newToken) {
    return new Comment(start, newToken, suffix);
  }
}
