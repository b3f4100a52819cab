package dev.gomedic.mod.modfile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A go.mod or go.work file could not be parsed or interpreted. Holds every problem found, in file order; the
 * message lists them one per line ({@code go.mod:3:2: require example.com/m: ...}).
 */
public final class ModFileException extends Exception {
  private final transient List<Problem> problems;

  public ModFileException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
