package dev.gomedic.testkit.proxy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One module version to serve: its path, version, {@code .mod} file and zip files (slash paths relative to the
 * module root), in a fixed order.
 *
 * @param path the module path
 * @param version the canonical version
 * @param requires what its go.mod requires, {@code path@version} each
 * @param mod the {@code .mod} file the proxy serves (for a generated module, its go.mod)
 * @param files file name to content
 */
public record GeneratedModule(String path, String version, List<String> requires, String mod,
    Map<String, byte[]> files) {
  public GeneratedModule {
    requires = List.copyOf(requires);
    files = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
  }

  /** {@code path@version}. */
  public String id() {
    return path + "@" + version;
  }

  /** The {@code .mod} bytes. */
  public byte[] goMod() {
    return mod.getBytes(StandardCharsets.UTF_8);
  }

  /** The same module with other zip files (the {@code .mod} unchanged). */
  public GeneratedModule withFiles(Map<String, byte[]> other) {
    return new GeneratedModule(path, version, requires, mod, other);
  }
}
