package dev.gomedic.mod.module;

import java.util.Objects;

/**
 * A problem with a particular module (and maybe version), like Go's {@code module.ModuleError}.
 *
 * <p>The message follows Go exactly:
 *
 * <ul>
 *   <li>cause is an {@link InvalidVersionException}: {@code path@VERSION: invalid version: REASON}
 *       (VERSION is the invalid version's own, "pseudo-version" replaces "version" for pseudo ones);
 *   <li>otherwise, with a version: {@code path@version: CAUSE};
 *   <li>otherwise: {@code module path: CAUSE}.
 * </ul>
 *
 * <p>The cause's own text comes from its {@code getMessage()}; use {@link #ModuleException(String,
 * String, String)} for a plain reason.
 */
public class ModuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String version;

  public ModuleException(String path, String version, Throwable cause) {
    super(message(path, version, Objects.requireNonNull(cause, "cause")), cause);
    this.path = path;
    this.version = version;
  }

  /** A module error whose cause is a plain reason (Go's {@code errors.New(reason)}). */
  public ModuleException(String path, String version, String reason) {
    this(path, version, new Reason(reason));
  }

  /**
   * Like Go's {@code module.VersionError}: wraps {@code cause} for {@code mv}, unless it already is a
   * module error about exactly that module and version.
   */
  public static ModuleException versionError(ModuleVersion mv, Throwable cause) {
    if (cause instanceof ModuleException me
        && me.path.equals(mv.path())
        && me.version.equals(mv.version())) {
      return me;
    }
    return new ModuleException(mv.path(), mv.version(), cause);
  }

  public String path() {
    return path;
  }

  /** The version, or "" when the error is about the module as a whole. */
  public String version() {
    return version;
  }

  private static String message(String path, String version, Throwable cause) {
    if (cause instanceof InvalidVersionException v) {
      return path + "@" + v.version() + ": invalid " + v.noun() + ": " + v.reason();
    }
    if (!version.isEmpty()) {
      return path + "@" + version + ": " + cause.getMessage();
    }
    return "module " + path + ": " + cause.getMessage();
  }

  /** A cause that is only a message (Go's errors.New), without a stack trace. */
  static final class Reason extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Reason(String message) {
      super(message, null, false, false);
    }
  }
}
