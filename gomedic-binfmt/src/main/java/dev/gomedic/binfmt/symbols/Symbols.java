package dev.gomedic.binfmt.symbols;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/** The address of a named symbol in an ELF or Mach-O image's static symbol table. */
public final class Symbols {
  private static final int SHT_SYMTAB = 2;
  private static final int LC_SYMTAB = 2;

  private Symbols() {}

  /**
   * The outcome of a lookup.
   *
   * @param tableRead whether a symbol table was found and read (false: stripped, PE, or hostile sizes)
   * @param address the symbol's virtual address; empty when there is no table or no such symbol
   */
  public record Lookup(boolean tableRead, OptionalLong address) {
    static final Lookup NO_TABLE = new Lookup(false, OptionalLong.empty());
    static final Lookup ABSENT = new Lookup(true, OptionalLong.empty());
  }

  /**
   * Looks {@code name} up in {@code image} (read from {@code file}). Mach-O names may carry the C underscore
   * prefix; both spellings are accepted.
   */
  public static Lookup find(BinaryInput file, Image image, String name) throws IOException {
    if (image.stripped()) {
      return Lookup.NO_TABLE;
    }
    if (image.format() == Format.ELF && image.fileOffset() == 0) {
      return elf(file, image, name);
    }
    if (image.format() == Format.MACHO) {
      BinaryInput in = image.fileOffset() == 0 ? file : file.slice(image.fileOffset(), file.size()
          - image.fileOffset());
      return macho(in, image, name);
    }
    return Lookup.NO_TABLE;
  }

  private static Lookup found(long addr) {
    return new Lookup(true, OptionalLong.of(addr));
  }

  private static Lookup elf(BinaryInput in, Image image, String name) throws IOException {
    boolean is64 = image.bits() == 64;
    ByteOrder order = image.order();
    int ehsize = is64 ? 64 : 52;
    if (!in.contains(0, ehsize)) {
      return Lookup.NO_TABLE;
    }
    ByteBuffer h = in.read(0, ehsize, order);
    long shoff = is64 ? h.getLong(0x28) : h.getInt(0x20) & 0xffffffffL;
    int shentsize = h.getShort(is64 ? 0x3a : 0x2e) & 0xffff;
    int shnum = h.getShort(is64 ? 0x3c : 0x30) & 0xffff;
    int entsize = is64 ? 64 : 40;
    if (shoff == 0 || shentsize < entsize || shnum == 0 || !in.contains(shoff, (long) shnum * shentsize)
        || (long) shnum * shentsize > BinaryInput.MAX_READ) {
      return Lookup.NO_TABLE;
    }
    ByteBuffer table = in.read(shoff, (long) shnum * shentsize, order);
    for (int i = 0; i < shnum; i++) {
      int at = i * shentsize;
      if (table.getInt(at + 4) != SHT_SYMTAB) {
        continue;
      }
      long off = is64 ? table.getLong(at + 24) : table.getInt(at + 16) & 0xffffffffL;
      long size = is64 ? table.getLong(at + 32) : table.getInt(at + 20) & 0xffffffffL;
      int link = table.getInt(at + (is64 ? 40 : 24));
      if (link < 0 || link >= shnum) {
        return Lookup.NO_TABLE;
      }
      int lat = link * shentsize;
      long soff = is64 ? table.getLong(lat + 24) : table.getInt(lat + 16) & 0xffffffffL;
      long ssize = is64 ? table.getLong(lat + 32) : table.getInt(lat + 20) & 0xffffffffL;
      if (!fits(in, off, size) || !fits(in, soff, ssize)) {
        return Lookup.NO_TABLE;
      }
      long strx = nameOffset(in.read(soff, ssize, order), name);
      if (strx < 0) {
        return Lookup.ABSENT;
      }
      ByteBuffer syms = in.read(off, size, order);
      int symsize = is64 ? 24 : 16;
      for (int s = 0; s + symsize <= syms.limit(); s += symsize) {
        if ((syms.getInt(s) & 0xffffffffL) == strx) {
          return found(is64 ? syms.getLong(s + 8) : syms.getInt(s + 4) & 0xffffffffL);
        }
      }
      return Lookup.ABSENT;
    }
    return Lookup.NO_TABLE;
  }

  private static Lookup macho(BinaryInput in, Image image, String name) throws IOException {
    boolean is64 = image.bits() == 64;
    ByteOrder order = image.order();
    int hsize = is64 ? 32 : 28;
    if (!in.contains(0, hsize)) {
      return Lookup.NO_TABLE;
    }
    ByteBuffer h = in.read(0, hsize, order);
    long ncmds = h.getInt(16) & 0xffffffffL;
    long sizeofcmds = h.getInt(20) & 0xffffffffL;
    if (!fits(in, hsize, sizeofcmds)) {
      return Lookup.NO_TABLE;
    }
    ByteBuffer cmds = in.read(hsize, sizeofcmds, order);
    int at = 0;
    for (long i = 0; i < ncmds && at + 8 <= cmds.limit(); i++) {
      int cmd = cmds.getInt(at);
      int size = cmds.getInt(at + 4);
      if (size < 8 || size > cmds.limit() - at) {
        return Lookup.NO_TABLE;
      }
      if (cmd == LC_SYMTAB && size >= 24) {
        long symoff = cmds.getInt(at + 8) & 0xffffffffL;
        long nsyms = cmds.getInt(at + 12) & 0xffffffffL;
        long stroff = cmds.getInt(at + 16) & 0xffffffffL;
        long strsize = cmds.getInt(at + 20) & 0xffffffffL;
        int entsize = is64 ? 16 : 12;
        if (!fits(in, symoff, nsyms * entsize) || !fits(in, stroff, strsize)) {
          return Lookup.NO_TABLE;
        }
        ByteBuffer strs = in.read(stroff, strsize, order);
        long strx = nameOffset(strs, "_" + name);
        if (strx < 0) {
          strx = nameOffset(strs, name);
        }
        if (strx < 0) {
          return Lookup.ABSENT;
        }
        ByteBuffer syms = in.read(symoff, nsyms * entsize, order);
        for (int s = 0; s + entsize <= syms.limit(); s += entsize) {
          if ((syms.getInt(s) & 0xffffffffL) == strx) {
            return found(is64 ? syms.getLong(s + 8) : syms.getInt(s + 8) & 0xffffffffL);
          }
        }
        return Lookup.ABSENT;
      }
      at += size;
    }
    return Lookup.NO_TABLE;
  }

  private static boolean fits(BinaryInput in, long off, long size) {
    return size > 0 && size <= BinaryInput.MAX_READ && in.contains(off, size);
  }

  /** Where {@code name}, NUL-terminated and starting a string, is in the string table; -1 if absent. */
  static long nameOffset(ByteBuffer strtab, String name) {
    byte[] want = (name + "\0").getBytes(StandardCharsets.UTF_8);
    int n = strtab.limit();
    outer:
    for (int i = 0; i + want.length <= n; i++) {
      if (i > 0 && strtab.get(i - 1) != 0) {
        continue;
      }
      for (int k = 0; k < want.length; k++) {
        if (strtab.get(i + k) != want[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
