package dev.gomedic.toolchain.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where gomedic keeps things under its home ({@code $GOMEDIC_HOME}, default {@code ~/.gomedic}):
 *
 * <pre>
 * toolchains/go1.22.5/        one complete GOROOT per release (only ever appears by an atomic rename)
 * toolchains/.staging-go1.22.5-*   a tree being unpacked (hidden; removed on failure or by the next install)
 * downloads/                  the download cache (*.partial while downloading)
 * downloads/go1.22.5.lock     the per-release install lock
 * default                     the global default release (toolchain use)
 * </pre>
 */
public record Layout(Path home) {
  public Path toolchains() {
    return home.resolve("toolchains");
  }

  public Path toolchain(String version) {
    return toolchains().resolve(version);
  }

  public Path downloads() {
    return home.resolve("downloads");
  }

  public Path lock(String version) {
    return downloads().resolve(version + ".lock");
  }

  public Path defaultFile() {
    return home.resolve("default");
  }

  static String stagingPrefix(String version) {
    return ".staging-" + version + "-";
  }

  /** The installed releases (directories with a VERSION file), sorted by name. */
  public List<String> installed() throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(toolchains())) {
      return out;
    }
    try (Stream<Path> s = Files.list(toolchains())) {
      s.filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> Files.isRegularFile(p.resolve("VERSION")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .forEach(out::add);
    }
    return out;
  }
}
