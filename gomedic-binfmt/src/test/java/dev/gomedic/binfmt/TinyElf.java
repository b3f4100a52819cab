package dev.gomedic.binfmt;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds small ELF64 little-endian executables for tests: one RW PT_LOAD segment holding {@code data} at file
 * offset 0x1000 and address 0x401000, and sections null, .go.buildinfo (the same bytes) and .shstrtab.
 */
final class TinyElf {
  static final long DATA_OFF = 0x1000;
  static final long ADDR = 0x401000;

  private TinyElf() {}

  static byte[] build(byte[] data) {
    byte[] names = "\0.go.buildinfo\0.shstrtab\0".getBytes(StandardCharsets.ISO_8859_1);
    long namesOff = DATA_OFF + data.length;
    long shoff = (namesOff + names.length + 7) & ~7L;
    int size = (int) (shoff + 3 * 64);
    ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
    b.position(16);
    b.putShort((short) 2).putShort((short) 62).putInt(1).putLong(ADDR).putLong(64).putLong(shoff).putInt(0);
    b.putShort((short) 64).putShort((short) 56).putShort((short) 1).putShort((short) 64).putShort((short) 3)
        .putShort((short) 2);
    // PT_LOAD, RW
    b.putInt(1).putInt(6).putLong(DATA_OFF).putLong(ADDR).putLong(ADDR).putLong(data.length)
        .putLong(data.length).putLong(0x1000);
    b.position((int) DATA_OFF);
    b.put(data);
    b.put(names);
    b.position((int) shoff);
    b.put(new byte[64]);
    section(b, 1, 1, 3, ADDR, DATA_OFF, data.length);
    section(b, 15, 3, 0, 0, namesOff, names.length);
    return b.array();
  }

  private static void section(ByteBuffer b, int name, int type, long flags, long addr, long off, long size) {
    b.putInt(name).putInt(type).putLong(flags).putLong(addr).putLong(off).putLong(size).putInt(0).putInt(0)
        .putLong(16).putLong(0);
  }

  /** A Go 1.18+ build info blob: the 32-byte header (inline flag) then two uvarint-prefixed strings. */
  static byte[] inlineBlob(String version, String modinfo) {
    ByteBuffer b = ByteBuffer.allocate(64 + version.length() + modinfo.length() + 64);
    b.put("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 8).put((byte) 2);
    b.put(new byte[16]);
    varstr(b, version);
    varstr(b, modinfo);
    byte[] out = new byte[(b.position() + 15) & ~15];
    System.arraycopy(b.array(), 0, out, 0, b.position());
    return out;
  }

  /** Module info framed by the 16-byte sentinels the go command writes around it. */
  static String framed(String modinfo) {
    return "0123456789abcdef" + modinfo + "fedcba9876543210";
  }

  static void varstr(ByteBuffer b, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    long n = bytes.length;
    while (n >= 0x80) {
      b.put((byte) (n | 0x80));
      n >>>= 7;
    }
    b.put((byte) n);
    b.put(bytes);
  }
}
