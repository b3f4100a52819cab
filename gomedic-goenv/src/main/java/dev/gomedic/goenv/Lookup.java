package dev.gomedic.goenv;

import dev.gomedic.host.Host;
import java.util.Optional;

/**
 * The go command's {@code cfg.Getenv}: a non-empty OS environment value wins, then the go env file, then (Go
 * 1.21+) {@code $GOROOT/go.env}. Records shadowing: a variable set in both the OS environment and the go env
 * file.
 */
final class Lookup {
  record Found(String value, Provenance provenance, Optional<String> shadowedFileValue) {}

  private final Host host;
  private final GoEnvFile file;
  private final GoEnvFile gorootFile;

  Lookup(Host host, GoEnvFile file, GoEnvFile gorootFile) {
    this.host = host;
    this.file = file;
    this.gorootFile = gorootFile;
  }

  /** The value of {@code name}, or empty when no layer sets it to a non-empty value. */
  Optional<Found> get(String name) {
    Optional<String> fileValue = file == null ? Optional.empty() : Optional.ofNullable(file.values().get(name));
    Optional<String> os = host.getenv(name);
    if (os.isPresent()) {
      return Optional.of(new Found(os.get(), new Provenance.OsEnv(),
          fileValue.filter(f -> !f.isEmpty() && !f.equals(os.get()))));
    }
    if (fileValue.isPresent() && !fileValue.get().isEmpty()) {
      return Optional.of(new Found(fileValue.get(), new Provenance.GoEnvFile(file.path()), Optional.empty()));
    }
    if (gorootFile != null) {
      String g = gorootFile.values().get(name);
      if (g != null && !g.isEmpty()) {
        return Optional.of(new Found(g, new Provenance.GorootGoEnv(gorootFile.path()), Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** The value, or "" */
  String value(String name) {
    return get(name).map(Found::value).orElse("");
  }

  /** An {@link EnvVar} for {@code name}: its value if set, else {@code def} with the given provenance. */
  EnvVar orDefault(String name, String def, Provenance whenDefault) {
    return get(name)
        .map(f -> new EnvVar(name, f.value(), f.provenance(), f.shadowedFileValue()))
        .orElseGet(() -> new EnvVar(name, def, whenDefault));
  }

  /** An {@link EnvVar} for a variable with no default. */
  EnvVar plain(String name) {
    return orDefault(name, "", new Provenance.Default("unset"));
  }
}
