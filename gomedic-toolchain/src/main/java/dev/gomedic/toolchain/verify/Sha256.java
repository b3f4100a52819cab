package dev.gomedic.toolchain.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;

/** SHA-256 of files and streams, as lower-case hex: gomedic-mod's one implementation, with file and hex helpers. */
public final class Sha256 {
  private Sha256() {}

  /** A new SHA-256 digest (every JDK has one). */
  public static MessageDigest newDigest() {
    return dev.gomedic.mod.dirhash.Sha256.newDigest();
  }

  /** The SHA-256 of everything {@code in} yields, as 64 lower-case hex digits; the stream is closed. */
  public static String of(InputStream in) throws IOException {
    return dev.gomedic.mod.dirhash.Sha256.hexOf(in);
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
