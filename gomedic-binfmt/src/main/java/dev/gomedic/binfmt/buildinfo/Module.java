package dev.gomedic.binfmt.buildinfo;

/**
 * A module recorded in a binary's build info: {@code mod}, {@code dep} and {@code =>} lines.
 *
 * @param replace the module this one was replaced by, or null
 */
public record Module(String path, String version, String sum, Module replace) {
  public static final Module NONE = new Module("", "", "", null);

  public boolean isNone() {
    return path.isEmpty() && version.isEmpty() && sum.isEmpty() && replace == null;
  }

  /** The module whose code was built: the replacement if there is one. */
  public Module effective() {
    return replace == null ? this : replace;
  }
}
