package dev.gomedic.binfmt;

/**
 * Integers read from byte arrays in either byte order, for the header readers. Plain shifts rather than ByteBuffer
 * views: headers are read once per file, mostly by the interpreter, where each ByteBuffer read is a chain of
 * calls and each of those methods is one more for the JIT to compile. The caller has checked the bounds.
 */
public final class Ints {
  private Ints() {}

  /** The unsigned 16-bit integer at {@code a[at:]}. */
  public static int u16(byte[] a, int at, boolean big) {
    int b0 = a[at] & 0xff;
    int b1 = a[at + 1] & 0xff;
    return big ? b0 << 8 | b1 : b1 << 8 | b0;
  }

  /** The 32-bit integer at {@code a[at:]}, as Java's (signed) int. */
  public static int i32(byte[] a, int at, boolean big) {
    int b0 = a[at] & 0xff;
    int b1 = a[at + 1] & 0xff;
    int b2 = a[at + 2] & 0xff;
    int b3 = a[at + 3] & 0xff;
    return big ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0;
  }

  /** The unsigned 32-bit integer at {@code a[at:]}. */
  public static long u32(byte[] a, int at, boolean big) {
    return i32(a, at, big) & 0xffffffffL;
  }

  /** The 64-bit integer at {@code a[at:]}, as Java's (signed) long. */
  public static long i64(byte[] a, int at, boolean big) {
    long v = 0;
    if (big) {
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (a[at + i] & 0xff);
      }
    } else {
      for (int i = 7; i >= 0; i--) {
        v = v << 8 | (a[at + i] & 0xff);
      }
    }
    return v;
  }
}
