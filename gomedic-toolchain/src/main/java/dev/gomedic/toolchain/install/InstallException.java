package dev.gomedic.toolchain.install;

import java.io.IOException;

/**
 * An install that was refused or failed. {@link #security()} marks a verification failure (checksum, size,
 * signature, catalog cross-check, unsafe archive): those are never downgraded to warnings.
 */
public final class InstallException extends IOException {
  private final boolean security;

  public InstallException(String message, boolean security, Throwable cause) {
    super(message, cause);
    this.security = security;
  }

  public boolean security() {
    return security;
  }
}
