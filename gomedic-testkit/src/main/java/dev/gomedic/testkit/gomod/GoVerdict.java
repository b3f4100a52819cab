package dev.gomedic.testkit.gomod;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Go 1.19's answer for a file means for a newer parser: the file is accepted, rejected only because it uses
 * syntax that Go 1.19 predates (which a parser for today's Go must accept), or rejected for a real error.
 *
 * @param category the verdict
 * @param errors the error lines go printed, in order (empty when accepted)
 */
public record GoVerdict(Category category, List<GoError> errors) {

  /** The three verdicts. */
  public enum Category {
    /** Go 1.19 accepted the file. */
    ACCEPTED,
    /** Every error Go 1.19 reported is about syntax added after Go 1.19 (toolchain, godebug, go 1.21.0, ...). */
    NEWER_SYNTAX,
    /** At least one error is a real error that today's Go reports too. */
    REJECTED
  }

  /**
   * One error line of go's output, such as {@code go.mod:3:5: unexpected newline in string}.
   *
   * @param line the 1-based line, or 0 when go named none
   * @param column the 1-based column, or 0 when go named none
   * @param message the text after the position
   * @param newerSyntax whether the error is only about syntax added after Go 1.19
   */
  public record GoError(int line, int column, String message, boolean newerSyntax) {}

  public GoVerdict {
    errors = List.copyOf(errors);
  }

  private static final Pattern POSITIONED =
      Pattern.compile("^(?:.*/)?go\\.(?:mod|work):(\\d+)(?::(\\d+))?: (.*)$");

  /** Directives and blocks that Go 1.20 and later added, which Go 1.19 calls unknown. */
  private static final Pattern NEWER_DIRECTIVE =
      Pattern.compile("unknown (?:directive|block type): (?:toolchain|godebug|tool|ignore)");

  /** Go 1.19's complaint about a go version, quoting the version. */
  private static final Pattern GO_VERSION =
      Pattern.compile("invalid go version '([^']*)': must match format 1\\.23");

  /** Go versions that today's go.mod accepts: 1.21, 1.21.0, 1.21rc1, 1.22.3, ... */
  private static final Pattern NEWER_GO_VERSION =
      Pattern.compile("[1-9][0-9]*\\.(?:0|[1-9][0-9]*)(?:\\.(?:0|[1-9][0-9]*))?(?:(?:rc|beta)[1-9][0-9]*)?");

  /** Classifies go's exit code and stderr. */
  public static GoVerdict of(int exitCode, String stderr) {
    if (exitCode == 0) {
      return new GoVerdict(Category.ACCEPTED, List.of());
    }
    List<GoError> errors = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.startsWith("go: errors parsing ") || line.isBlank()) {
        continue;
      }
      Matcher m = POSITIONED.matcher(line);
      if (m.matches()) {
        int ln = Integer.parseInt(m.group(1));
        int col = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        errors.add(new GoError(ln, col, m.group(3), isNewerSyntax(m.group(3))));
      } else {
        errors.add(new GoError(0, 0, line, false));
      }
    }
    boolean allNewer = !errors.isEmpty() && errors.stream().allMatch(GoError::newerSyntax);
    return new GoVerdict(allNewer ? Category.NEWER_SYNTAX : Category.REJECTED, errors);
  }

  /** Whether Go 1.19's error message is only about syntax added after Go 1.19. */
  public static boolean isNewerSyntax(String message) {
    if (NEWER_DIRECTIVE.matcher(message).matches()) {
      return true;
    }
    Matcher m = GO_VERSION.matcher(message);
    return m.matches() && NEWER_GO_VERSION.matcher(m.group(1)).matches();
  }

  /** The real (not newer-syntax) errors. */
  public List<GoError> realErrors() {
    return errors.stream().filter(e -> !e.newerSyntax()).toList();
  }

  /** The lines of the real errors that name a line. */
  public List<Integer> realErrorLines() {
    return realErrors().stream().map(GoError::line).filter(l -> l > 0).distinct().toList();
  }
}
