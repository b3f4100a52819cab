package dev.gomedic.binfmt.elf;

/**
 * Sequential reads of ELF header fields whose width depends on the class (32 or 64 bits), from an array in the
 * file's byte order. Plain shifts rather than ByteBuffer views: these run for every section and program header
 * of every file, mostly in the interpreter, where each ByteBuffer read is a chain of calls. The caller has
 * checked that the fields lie in the array.
 */
final class Fields {
  private final byte[] a;
  private final boolean is64;
  private final boolean big;
  private int pos;

  Fields(byte[] a, int pos, boolean is64, boolean big) {
    this.a = a;
    this.pos = pos;
    this.is64 = is64;
    this.big = big;
  }

  void skip(int n) {
    pos += n;
  }

  int u16() {
    int v = u16(a, pos, big);
    pos += 2;
    return v;
  }

  int u32i() {
    int v = u32(a, pos, big);
    pos += 4;
    return v;
  }

  /** An address, offset or size: 4 bytes in ELF32 (unsigned), 8 in ELF64. */
  long word() {
    if (is64) {
      long v = u64(a, pos, big);
      pos += 8;
      return v;
    }
    return u32i() & 0xffffffffL;
  }

  // Each spelled out rather than built from the smaller ones: in the interpreter, a call costs more than the shifts.
  static int u16(byte[] a, int at, boolean big) {
    int b0 = a[at] & 0xff;
    int b1 = a[at + 1] & 0xff;
    return big ? b0 << 8 | b1 : b1 << 8 | b0;
  }

  static int u32(byte[] a, int at, boolean big) {
    int b0 = a[at] & 0xff;
    int b1 = a[at + 1] & 0xff;
    int b2 = a[at + 2] & 0xff;
    int b3 = a[at + 3] & 0xff;
    return big ? b0 << 24 | b1 << 16 | b2 << 8 | b3 : b3 << 24 | b2 << 16 | b1 << 8 | b0;
  }

  static long u64(byte[] a, int at, boolean big) {
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
