package dev.gomedic.binfmt.elf;

import dev.gomedic.binfmt.Ints;

/**
 * Sequential reads of ELF header fields whose width depends on the class (32 or 64 bits), from an array in the
 * file's byte order (see {@link Ints}). The caller has checked that the fields lie in the array.
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
    int v = Ints.u16(a, pos, big);
    pos += 2;
    return v;
  }

  int u32i() {
    int v = Ints.i32(a, pos, big);
    pos += 4;
    return v;
  }

  /** An address, offset or size: 4 bytes in ELF32 (unsigned), 8 in ELF64. */
  long word() {
    if (is64) {
      long v = Ints.i64(a, pos, big);
      pos += 8;
      return v;
    }
    return u32i() & 0xffffffffL;
  }
}
