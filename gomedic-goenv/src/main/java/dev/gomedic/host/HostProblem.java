package dev.gomedic.host;

/**
 * Something wrong that the host model noticed and stepped over: an empty or quoted PATH entry, an unreadable
 * directory, a symlink loop. Each problem is reported once.
 *
 * @param kind what went wrong
 * @param subject the path or variable concerned
 * @param detail a readable explanation
 */
public record HostProblem(Kind kind, String subject, String detail) {
  /** The kinds of host problems. */
  public enum Kind {
    PATH_EMPTY_ENTRY,
    PATH_QUOTED_ENTRY,
    PATH_RELATIVE_ENTRY,
    UNREADABLE_DIRECTORY,
    SYMLINK_LOOP,
    BROKEN_SYMLINK,
    NOT_A_DIRECTORY,
    MISSING_HOME
  }

  @Override
  public String toString() {
    return subject + ": " + detail;
  }
}
