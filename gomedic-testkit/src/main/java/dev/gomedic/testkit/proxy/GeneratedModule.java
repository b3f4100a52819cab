package dev.gomedic.testkit.proxy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One generated module version: its path, version, go.mod text (also its {@code .mod} on the proxy) and files
 * (slash paths relative to the module root, {@code go.mod} among them), in a fixed order.
 *
 * @param path the module path
 * @param version the canonical version
 * @param requires what its go.mod requires, {@code path@version} each
 * @param files file name to content, go.mod first
 */
public record GeneratedModule(String path, String version, List<String> requires, Map<String, byte[]> files) {
  public GeneratedModule {
    requires = List.copyOf(requires);
    files = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
  }

  /** {@code path@version}. */
  public String id() {
    return path + "@" + version;
  }

  /** The go.mod bytes. */
  public byte[] goMod() {
    return files.get("go.mod");
  }

  /** The go.mod as text. */
  public String goModText() {
    return new String(goMod(), StandardCharsets.UTF_8);
  }
}
