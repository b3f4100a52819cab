package dev.gomedic.mod.dirhash;

/**
 * A zip entry yielding more bytes than its header declares. The message is Go's archive/zip one, {@code zip:
 * not a valid zip file}; {@link #declared()} lets a caller such as module unzipping say it its own way.
 */
public final class ZipSizeException extends DirHashException {
  private static final long serialVersionUID = 1L;

  private final long declared;

  ZipSizeException(long declared) {
    super(CheckedEntryStream.NOT_VALID);
    this.declared = declared;
  }

  /** The uncompressed size the entry's header declared. */
  public long declared() {
    return declared;
  }
}
