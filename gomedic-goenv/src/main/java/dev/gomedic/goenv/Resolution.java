package dev.gomedic.goenv;

import dev.gomedic.discovery.Toolchain;
import dev.gomedic.host.GoOs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment {@code go env} would report for one toolchain on one host, with provenance.
 *
 * @param toolchain the selected go command
 * @param version the version whose rules were applied
 * @param hostOs the host OS, which decides how {@code go env} prints
 * @param printed the variables {@code go env} prints with no arguments, in its order
 * @param extra variables not printed but answered by {@code go env NAME} (Go 1.22+ answers every known name)
 * @param problems everything odd, once each; {@link EnvProblem.Kind#GO_FAILS} problems mean the real go
 *     would exit with that message instead of printing
 */
public record Resolution(
    Toolchain toolchain,
    GoVersion version,
    GoOs hostOs,
    List<EnvVar> printed,
    Map<String, EnvVar> extra,
    List<EnvProblem> problems) {
  public Resolution {
    printed = List.copyOf(printed);
    extra = Map.copyOf(extra);
    problems = List.copyOf(problems);
  }

  /** The printed variables by name. */
  public Map<String, EnvVar> byName() {
    Map<String, EnvVar> m = new LinkedHashMap<>();
    printed.forEach(v -> m.put(v.name(), v));
    return m;
  }

  /** What {@code go env NAME} prints for one name: a printed variable, a known one, or empty. */
  public Optional<EnvVar> find(String name) {
    for (EnvVar v : printed) {
      if (v.name().equals(name)) {
        return Optional.of(v);
      }
    }
    return Optional.ofNullable(extra.get(name));
  }

  /** The first problem that makes the real go command refuse to run, if any. */
  public Optional<EnvProblem> goFailure() {
    return problems.stream().filter(p -> p.kind() == EnvProblem.Kind.GO_FAILS).findFirst();
  }

  /** Text output sorted by name (newer versions). */
  public boolean sortedText() {
    return VersionRules.sortedText(version);
  }

  /** Text output uses shell single quotes (Go 1.21+) rather than double quotes. */
  public boolean singleQuotes() {
    return VersionRules.singleQuotes(version);
  }
}
