package dev.gomedic.mod.module;

import dev.gomedic.mod.gotext.GoQuote;

/**
 * A version that is not allowed where it was used, like Go's {@code module.InvalidVersionError}.
 *
 * <p>{@link #getMessage()} is Go's text: {@code version "v1.2" invalid: must be of the form v1.2.3},
 * or {@code pseudo-version "..." invalid: syntax error} when {@link #pseudo()} is set. Wrapped in a
 * {@link ModuleException} the text becomes {@code path@v1.2: invalid version: must be of the form
 * v1.2.3}.
 */
public final class InvalidVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final boolean pseudo;
  private final String reason;

  public InvalidVersionException(String version, boolean pseudo, String reason) {
    super(noun(pseudo) + " " + GoQuote.quote(version) + " invalid: " + reason);
    this.version = version;
    this.pseudo = pseudo;
    this.reason = reason;
  }

  public InvalidVersionException(String version, String reason) {
    this(version, false, reason);
  }

  public String version() {
    return version;
  }

  /** Whether the version was meant to be a pseudo-version. */
  public boolean pseudo() {
    return pseudo;
  }

  public String reason() {
    return reason;
  }

  /** "pseudo-version" or "version". */
  public String noun() {
    return noun(pseudo);
  }

  private static String noun(boolean pseudo) {
    return pseudo ? "pseudo-version" : "version";
  }
}
