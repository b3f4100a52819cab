package dev.gomedic.toolchain.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 of files and streams, as lower-case hex. */
public final class Sha256 {
  private Sha256() {}

  /** A new SHA-256 digest (every JDK has one). */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JDK", e);
    }
  }

  /** The SHA-256 of everything {@code in} yields, as 64 lower-case hex digits. */
  public static String of(InputStream in) throws IOException {
    MessageDigest md = newDigest();
    byte[] buf = new byte[64 * 1024];
    for (int n; (n = in.read(buf)) > 0; ) {
      md.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** The SHA-256 of a file. */
  public static String of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }

  /** True when {@code s} is 64 hex digits (either case). */
  public static boolean isHex(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cases a digest for comparison. */
  static String normalize(String hex) {
    return hex.toLowerCase(Locale.ROOT);
  }
}
