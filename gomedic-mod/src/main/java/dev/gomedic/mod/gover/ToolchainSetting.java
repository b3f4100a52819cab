package dev.gomedic.mod.gover;

/**
 * A parsed GOTOOLCHAIN value, as the go command (1.21+) reads it before choosing a toolchain.
 *
 * <ul>
 *   <li>{@code local}: always the local toolchain ({@link Mode#LOCAL}).
 *   <li>{@code auto} / {@code path}: the local toolchain as minimum, switching to newer ones a
 *       go.mod or go.work asks for (downloading them, or only from PATH).
 *   <li>{@code go1.22.0}: exactly that toolchain ({@link Mode#EXACT}).
 *   <li>{@code go1.22.0+auto}, {@code go1.22.0+path}, {@code local+auto}: that minimum, then
 *       switching as above.
 * </ul>
 *
 * @param minToolchain the default toolchain name ("go1.22.0", or "go" + local version)
 * @param minVersion its version ("1.22.0")
 * @param mode how go.mod / go.work may raise it
 */
public record ToolchainSetting(String minToolchain, String minVersion, Mode mode) {

  public enum Mode {
    /** Use the minimum toolchain as is (GOTOOLCHAIN=local or a plain name). */
    LOCAL,
    /** A plain toolchain name: use exactly that one. */
    EXACT,
    /** +auto: switch to a newer toolchain, downloading it if needed. */
    AUTO,
    /** +path: switch to a newer toolchain found in PATH only. */
    PATH
  }

  /**
   * Parses a GOTOOLCHAIN value.
   *
   * @param gotoolchain the setting (not empty)
   * @param localVersion the running Go's version, e.g. "1.22.3"
   * @throws IllegalArgumentException with the go command's text: {@code invalid GOTOOLCHAIN "x"},
   *     {@code invalid GOTOOLCHAIN "x+auto": invalid minimum toolchain "x"} or {@code invalid
   *     GOTOOLCHAIN "go1.22+y": only version suffixes are +auto and +path}
   */
  public static ToolchainSetting parse(String gotoolchain, String localVersion) {
    String localName = "go" + localVersion;
    if (gotoolchain.equals("auto")) {
      return new ToolchainSetting(localName, localVersion, Mode.AUTO);
    }
    if (gotoolchain.equals("path")) {
      return new ToolchainSetting(localName, localVersion, Mode.PATH);
    }
    int plus = gotoolchain.indexOf('+');
    String min = plus < 0 ? gotoolchain : gotoolchain.substring(0, plus);
    String suffix = plus < 0 ? "" : gotoolchain.substring(plus + 1);
    String minToolchain = localName;
    String minVersion = localVersion;
    boolean local = min.equals("local");
    if (!local) {
      String v = GoVersion.fromToolchain(min);
      if (v.isEmpty()) {
        if (plus >= 0) {
          throw new IllegalArgumentException(
              "invalid GOTOOLCHAIN " + quote(gotoolchain) + ": invalid minimum toolchain " + quote(min));
        }
        throw new IllegalArgumentException("invalid GOTOOLCHAIN " + quote(gotoolchain));
      }
      minToolchain = min;
      minVersion = v;
    }
    if (plus >= 0 && !suffix.equals("auto") && !suffix.equals("path")) {
      throw new IllegalArgumentException(
          "invalid GOTOOLCHAIN " + quote(gotoolchain) + ": only version suffixes are +auto and +path");
    }
    Mode mode =
        switch (suffix) {
          case "auto" -> Mode.AUTO;
          case "path" -> Mode.PATH;
          default -> local ? Mode.LOCAL : Mode.EXACT;
        };
    return new ToolchainSetting(minToolchain, minVersion, mode);
  }

  /** Go's %q for the ASCII-printable strings GOTOOLCHAIN normally holds; others are escaped. */
  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
