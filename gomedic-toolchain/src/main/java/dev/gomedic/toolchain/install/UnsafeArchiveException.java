package dev.gomedic.toolchain.install;

import java.io.IOException;

/** An archive refused for safety: an entry that escapes, a link, a device, or a size beyond the limits. */
public final class UnsafeArchiveException extends IOException {
  private final String entry;

  public UnsafeArchiveException(String archive, String entry, String problem) {
    super(archive + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
    this.entry = entry;
  }

  /** The offending entry's name, or "" for the archive as a whole. */
  public String entry() {
    return entry;
  }
}
