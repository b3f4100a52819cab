package dev.gomedic.toolchain.select;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The release a directory selects and why.
 *
 * @param release the release name, e.g. {@code go1.22.5}
 * @param source which rule chose it
 * @param file the file that said so, when a file did
 */
public record Selection(String release, Source source, Optional<Path> file) {
  /** The rules, in priority order. */
  public enum Source {
    ENVIRONMENT("GOMEDIC_GO_VERSION"),
    GO_VERSION_FILE(".go-version"),
    GOMOD_TOOLCHAIN("go.mod toolchain line"),
    GOMOD_GO("go.mod go line"),
    GLOBAL_DEFAULT("global default");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** "go1.22.5 (from .go-version: /p/.go-version)". */
  public String describe() {
    return release + " (from " + source.label() + file.map(f -> ": " + f).orElse("") + ")";
  }
}
