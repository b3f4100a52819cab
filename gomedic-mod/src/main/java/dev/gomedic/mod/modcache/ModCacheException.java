package dev.gomedic.mod.modcache;

import java.io.IOException;

/** A module version that has no place in the cache, in the go command's words. */
public final class ModCacheException extends IOException {
  private static final long serialVersionUID = 1L;

  public ModCacheException(String message) {
    super(message);
  }
}
