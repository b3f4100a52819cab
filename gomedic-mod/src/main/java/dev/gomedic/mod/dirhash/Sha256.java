package dev.gomedic.mod.dirhash;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a stream read in chunks, so no file is ever held in memory whole: the one implementation the
 * module hashes here and the toolchain's download checks ({@code dev.gomedic.toolchain.verify.Sha256}) share.
 */
public final class Sha256 {
  private static final int CHUNK = 64 * 1024;

  private Sha256() {}

  /** A new SHA-256 digest (every JDK has one). */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The digest of everything {@code in} yields, as 64 lower-case hex digits; the stream is closed. */
  public static String hexOf(InputStream in) throws IOException {
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
    return HexFormat.of().formatHex(b);
  }
}
