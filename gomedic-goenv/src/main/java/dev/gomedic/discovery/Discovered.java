package dev.gomedic.discovery;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Discovery#discover}: toolchains on PATH first (in PATH order), then those only at
 * well-known locations, each listed once.
 */
public record Discovered(List<Toolchain> toolchains, List<DiscoveryProblem> problems) {
  public Discovered {
    toolchains = List.copyOf(toolchains);
    problems = List.copyOf(problems);
  }

  /** The go that runs when the user types {@code go}: the first on PATH. */
  public Optional<Toolchain> selected() {
    return toolchains.stream().filter(t -> t.pathIndex() == 0).findFirst();
  }
}
