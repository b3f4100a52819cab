package dev.gomedic.binfmt.buildinfo;

import java.util.List;
import java.util.Optional;

/**
 * What a Go binary says about how it was built, as {@code go version -m} shows it.
 *
 * @param goVersion the toolchain version ({@code go1.22.5}, {@code devel go1.23-abcdef ...})
 * @param path the main package's import path, or {@code ""}
 * @param main the main module, or {@link Module#NONE} (GOPATH mode, or a binary built before modules)
 * @param deps the dependencies in link order
 * @param settings the build settings in recorded order
 * @param source where the version came from: the build info blob, or only the runtime's version string
 */
public record BuildInfo(
    String goVersion, String path, Module main, List<Module> deps, List<Setting> settings, Source source) {
  public BuildInfo {
    deps = List.copyOf(deps);
    settings = List.copyOf(settings);
  }

  public enum Source {
    /** The {@code \xff Go buildinf:} blob the linker writes: complete. */
    BLOB,
    /** No blob: only the runtime's version string was found, so there is no module information. */
    RUNTIME_STRING
  }

  /** The value of build setting {@code key}, if recorded. */
  public Optional<String> setting(String key) {
    return settings.stream().filter(s -> s.key().equals(key)).map(Setting::value).findFirst();
  }
}
