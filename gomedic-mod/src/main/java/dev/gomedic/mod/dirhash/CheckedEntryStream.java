package dev.gomedic.mod.dirhash;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * The bytes of one zip entry, held to what its central-directory header declares, as Go's archive/zip
 * does: more bytes than the declared size is {@code zip: not a valid zip file}, fewer is {@code unexpected
 * EOF}, a CRC-32 that does not match is {@code zip: checksum error}. The JDK's ZipFile checks none of these.
 */
final class CheckedEntryStream extends FilterInputStream {
  static final String NOT_VALID = "zip: not a valid zip file";

  private final long declared;
  private final long crc;
  private final CRC32 sum = new CRC32();
  private long count;

  CheckedEntryStream(InputStream in, long declared, long crc) {
    super(in);
    this.declared = declared;
    this.crc = crc;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(b, off, len);
    } catch (java.util.zip.ZipException e) {
      throw new DirHashException(NOT_VALID, e);
    }
    if (n < 0) {
      if (count != declared) {
        throw new DirHashException("unexpected EOF");
      }
      if (crc > 0 && sum.getValue() != crc) {
        throw new DirHashException("zip: checksum error");
      }
      return -1;
    }
    count += n;
    if (declared < 0 || count > declared) {
      throw new ZipSizeException(declared);
    }
    sum.update(b, off, n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }
}
