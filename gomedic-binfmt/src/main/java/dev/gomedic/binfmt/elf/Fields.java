package dev.gomedic.binfmt.elf;

import java.nio.ByteBuffer;

/** Sequential reads of ELF header fields whose width depends on the class (32 or 64 bits). */
final class Fields {
  private final ByteBuffer buf;
  private final boolean is64;

  Fields(ByteBuffer buf, boolean is64) {
    this.buf = buf;
    this.is64 = is64;
  }

  void skip(int n) {
    buf.position(buf.position() + n);
  }

  int u16() {
    return buf.getShort() & 0xffff;
  }

  int u32i() {
    return buf.getInt();
  }

  /** An address, offset or size: 4 bytes in ELF32 (unsigned), 8 in ELF64. */
  long word() {
    return is64 ? buf.getLong() : buf.getInt() & 0xffffffffL;
  }
}
