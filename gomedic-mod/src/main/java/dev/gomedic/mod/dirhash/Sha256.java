package dev.gomedic.mod.dirhash;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of a stream read in chunks, so no file is ever held in memory whole. */
final class Sha256 {
  private static final int CHUNK = 64 * 1024;

  private Sha256() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The digest of everything {@code in} yields, as lower-case hex; the stream is closed. */
  static String hexOf(InputStream in) throws IOException {
    MessageDigest md = newDigest();
    try (in) {
      byte[] buf = new byte[CHUNK];
      for (int n; (n = in.read(buf)) != -1; ) {
        md.update(buf, 0, n);
      }
    }
    return hex(md.digest());
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    }
    return sb.toString();
  }
}
