package dev.gomedic.discovery;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads what a go executable says about itself: the Go version it was built as ({@code runtime.Version()},
 * e.g. {@code go1.19.8}) and, when known, the GOROOT baked into it at build time. Used when a toolchain has no
 * VERSION file, or when the binary was copied out of its GOROOT.
 *
 * <p>The implementation backed by gomedic-binfmt (ELF/Mach-O/PE build info) is wired in by the CLI;
 * {@link #UNKNOWN} knows nothing.
 */
@FunctionalInterface
public interface GoBinaryReader {
  /** A reader that never knows: versions read as "unknown". */
  GoBinaryReader UNKNOWN = binary -> Optional.empty();

  /** The facts read from {@code binary}, or empty when it is not a Go binary or cannot be read. */
  Optional<Facts> read(Path binary);

  /**
   * What a go binary says about itself.
   *
   * @param goVersion the version it was built as, e.g. {@code go1.19.8}
   * @param defaultGoroot the GOROOT baked in at build time, or empty when there is none or it is unknown
   * @param trimmed whether the binary is known to have no baked GOROOT (built with {@code -trimpath})
   * @param gorootNote how the baked GOROOT was read ({@code symbol table}, {@code data scan}), or why not
   */
  record Facts(String goVersion, Optional<String> defaultGoroot, boolean trimmed, String gorootNote) {
    /** Facts without knowledge of the baked GOROOT. */
    public Facts(String goVersion, Optional<String> defaultGoroot) {
      this(goVersion, defaultGoroot, false, defaultGoroot.isPresent() ? "given" : "not read");
    }
  }
}
