package dev.gomedic.mod.gotext;

/**
 * UTF-8 with Go's rules: an invalid byte decodes as U+FFFD and consumes one byte. Text that Go keeps byte for
 * byte is held in Java strings with each invalid byte as the lone surrogate U+DC80+byte (see
 * {@link #decodeString}); {@link #isEscapedByte} recognises those.
 */
public final class Utf8 {
  /** Go's utf8.RuneError. */
  public static final int RUNE_ERROR = 0xFFFD;

  private Utf8() {}

  /** The number of bytes {@link #encode} gives for {@code s}: an escaped invalid byte counts as one. */
  public static int length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      n += cp < 0x80 || isEscapedByte(cp) ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return n;
  }

  /** Whether {@code c} is an invalid byte kept by {@link #decodeString} (U+DC80 to U+DCFF). */
  public static boolean isEscapedByte(int c) {
    return c >= 0xDC80 && c <= 0xDCFF;
  }

  /**
   * Decodes the rune at {@code at}: returns {@code (rune << 3) | size}, where size is 1 to 4 bytes. The caller
   * must ensure {@code at < end}.
   */
  public static int decode(byte[] b, int at, int end) {
    int b0 = b[at] & 0xFF;
    if (b0 < 0x80) {
      return (b0 << 3) | 1;
    }
    int need;
    int min;
    int cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      min = 0x80;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      min = 0x800;
      cp = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      min = 0x10000;
      cp = b0 & 0x07;
    } else {
      return (RUNE_ERROR << 3) | 1;
    }
    if (at + need >= end) {
      return (RUNE_ERROR << 3) | 1;
    }
    for (int k = 1; k <= need; k++) {
      int bk = b[at + k] & 0xFF;
      if ((bk & 0xC0) != 0x80) {
        return (RUNE_ERROR << 3) | 1;
      }
      cp = (cp << 6) | (bk & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return (RUNE_ERROR << 3) | 1;
    }
    return (cp << 3) | (need + 1);
  }

  /**
   * Decodes UTF-8 keeping invalid bytes: each byte of an invalid sequence becomes the lone surrogate
   * U+DC80+byte (as Python's surrogateescape does), so that {@link #encode} gives the same bytes back and text
   * Go keeps byte for byte (comments, tokens) survives a round trip.
   */
  public static String decodeString(byte[] b, int from, int to) {
    boolean ascii = true;
    for (int i = from; i < to && ascii; i++) {
      ascii = b[i] >= 0;
    }
    if (ascii) {
      return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int d = decode(b, i, to);
      int r = d >>> 3;
      int size = d & 7;
      if (r == RUNE_ERROR && !(size == 3 && (b[i] & 0xFF) == 0xEF)) {
        sb.append((char) (0xDC00 | (b[i] & 0xFF)));
      } else {
        sb.appendCodePoint(r);
      }
      i += size;
    }
    return sb.toString();
  }

  /** Encodes as UTF-8, turning the lone surrogates {@link #decode} made back into their bytes. */
  public static byte[] encode(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 16);
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone = c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
      if (lone) {
        byte[] chunk = s.substring(start, i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.write(chunk, 0, chunk.length);
        out.write(c & 0xFF);
        start = i + 1;
      }
    }
    byte[] chunk = s.substring(start).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.write(chunk, 0, chunk.length);
    return out.toByteArray();
  }

  /**
   * Compares two strings in the order of their UTF-8 bytes (Go's string order), which differs from {@link
   * String#compareTo} when one holds a supplementary character and the other a BMP character above U+E000.
   */
  public static int compare(String a, String b) {
    return Integer.signum(java.util.Arrays.compareUnsigned(encode(a), encode(b)));
  }
}
