package dev.gomedic.goenv;

import java.util.Optional;

/**
 * One variable as {@code go env} reports it, with where the value came from.
 *
 * @param name the variable name, e.g. {@code GOPATH}
 * @param value the value the go command uses
 * @param provenance where the value came from
 * @param shadowedFileValue the go env file's value when the OS environment overrides it (so {@code go env -w}
 *     has no effect)
 */
public record EnvVar(String name, String value, Provenance provenance, Optional<String> shadowedFileValue) {
  public EnvVar(String name, String value, Provenance provenance) {
    this(name, value, provenance, Optional.empty());
  }
}
