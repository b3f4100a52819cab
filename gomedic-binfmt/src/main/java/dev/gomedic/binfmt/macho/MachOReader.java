package dev.gomedic.binfmt.macho;

import dev.gomedic.binfmt.BinaryFormatException;
import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Kind;
import dev.gomedic.binfmt.Linking;
import dev.gomedic.binfmt.NotAnExecutableException;
import dev.gomedic.binfmt.Region;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads thin Mach-O files (32- and 64-bit, either byte order) and universal (fat) files with their slices. */
public final class MachOReader {
  public static final int MAGIC_32 = 0xfeedface;
  public static final int MAGIC_64 = 0xfeedfacf;
  public static final int FAT_MAGIC = 0xcafebabe;
  public static final int FAT_MAGIC_64 = 0xcafebabf;
  /** More slices than any real universal binary has (Apple's tools handle a handful). */
  static final int MAX_SLICES = 64;
  private static final int LC_SEGMENT = 0x1;
  private static final int LC_SYMTAB = 0x2;
  private static final int LC_LOAD_DYLIB = 0xc;
  private static final int LC_LOAD_DYLINKER = 0xe;
  private static final int LC_SEGMENT_64 = 0x19;
  private static final int LC_LAZY_LOAD_DYLIB = 0x20;
  private static final int LC_VERSION_MIN_IPHONEOS = 0x25;
  private static final int LC_BUILD_VERSION = 0x32;
  private static final int LC_LOAD_WEAK_DYLIB = 0x80000018;
  private static final int LC_REEXPORT_DYLIB = 0x8000001f;
  private static final int LC_LOAD_UPWARD_DYLIB = 0x80000023;

  private MachOReader() {}

  /** Reads a universal file: its slice table, then each slice as a thin Mach-O. */
  public static FatImage readFat(BinaryInput in) throws IOException {
    String name = in.name();
    if (!in.contains(0, 8)) {
      throw new BinaryFormatException(name, "truncated universal Mach-O header");
    }
    ByteBuffer h = in.read(0, 8, ByteOrder.BIG_ENDIAN);
    boolean is64 = h.getInt(0) == FAT_MAGIC_64;
    long n = h.getInt(4) & 0xffffffffL;
    if (!is64 && n >= 45 && n < 0x10000 ) {
      // 0xcafebabe followed by a class-file version (45 and up) is a Java class file, not a Mach-O.
      throw new NotAnExecutableException(name);
    }
    int entsize = is64 ? 32 : 20;
    if (n == 0) {
      throw new BinaryFormatException(name, "universal Mach-O with no slices");
    }
    if (n > MAX_SLICES || !in.contains(8, n * entsize)) {
      throw new BinaryFormatException(name, "universal Mach-O header claims " + n + " slices; the file ("
          + in.size() + " bytes) has room for at most " + Math.min(MAX_SLICES, (in.size() - 8) / entsize));
    }
    ByteBuffer table = in.read(8, n * entsize, ByteOrder.BIG_ENDIAN);
    List<Image> slices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int at = i * entsize;
      long off = is64 ? table.getLong(at + 8) : table.getInt(at + 8) & 0xffffffffL;
      long size = is64 ? table.getLong(at + 16) : table.getInt(at + 12) & 0xffffffffL;
      if (!in.contains(off, size)) {
        throw new BinaryFormatException(name, "slice " + i + " (offset " + Long.toUnsignedString(off)
            + ", size " + Long.toUnsignedString(size) + ") runs past the end of the file");
      }
      slices.add(readThin(in.slice(off, size), off));
    }
    return new FatImage(name, slices);
  }

  /** Reads the thin Mach-O that is the whole of {@code in}, which starts at {@code fileOffset} of its file. */
  public static Image readThin(BinaryInput in, long fileOffset) throws IOException {
    String name = in.name();
    if (!in.contains(0, 28)) {
      throw new BinaryFormatException(name, "truncated Mach-O header");
    }
    int magic = in.read(0, 4, ByteOrder.BIG_ENDIAN).getInt(0);
    ByteOrder order;
    if (magic == MAGIC_32 || magic == MAGIC_64) {
      order = ByteOrder.BIG_ENDIAN;
    } else {
      order = ByteOrder.LITTLE_ENDIAN;
      magic = Integer.reverseBytes(magic);
    }
    if (magic != MAGIC_32 && magic != MAGIC_64) {
      throw new BinaryFormatException(name, "not a Mach-O file");
    }
    boolean is64 = magic == MAGIC_64;
    int hsize = is64 ? 32 : 28;
    if (!in.contains(0, hsize)) {
      throw new BinaryFormatException(name, "truncated Mach-O header");
    }
    ByteBuffer h = in.read(0, hsize, order);
    int cputype = h.getInt(4);
    int cpusub = h.getInt(8);
    int filetype = h.getInt(12);
    long ncmds = h.getInt(16) & 0xffffffffL;
    long sizeofcmds = h.getInt(20) & 0xffffffffL;
    if (!in.contains(hsize, sizeofcmds) || ncmds > sizeofcmds / 8) {
      throw new BinaryFormatException(name, "load commands (" + ncmds + " commands, " + sizeofcmds
          + " bytes) run past the end of the file");
    }
    ByteBuffer cmds = in.read(hsize, sizeofcmds, order);
    List<Region> segments = new ArrayList<>();
    List<Region> constData = new ArrayList<>();
    List<String> dylibs = new ArrayList<>();
    Optional<Region> buildInfo = Optional.empty();
    Region firstData = null;
    String dylinker = "";
    boolean symbols = false;
    String os = "darwin";
    int at = 0;
    for (long i = 0; i < ncmds; i++) {
      if (at + 8 > cmds.limit()) {
        throw new BinaryFormatException(name, "load command " + i + " runs past the end of the load commands");
      }
      int cmd = cmds.getInt(at);
      int size = cmds.getInt(at + 4);
      if (size < 8 || size > cmds.limit() - at) {
        throw new BinaryFormatException(name, "load command " + i + " has invalid size " + size);
      }
      ByteBuffer c = cmds.slice(at, size).order(order);
      switch (cmd) {
        case LC_SEGMENT, LC_SEGMENT_64 -> {
          boolean s64 = cmd == LC_SEGMENT_64;
          if (size < (s64 ? 72 : 56)) {
            throw new BinaryFormatException(name, "load command " + i + ": segment command too short");
          }
          String seg = fixed(c, 8);
          long vmaddr = s64 ? c.getLong(24) : c.getInt(24) & 0xffffffffL;
          long vmsize = s64 ? c.getLong(32) : c.getInt(28) & 0xffffffffL;
          long fileoff = s64 ? c.getLong(40) : c.getInt(32) & 0xffffffffL;
          long filesize = s64 ? c.getLong(48) : c.getInt(36) & 0xffffffffL;
          int maxprot = c.getInt(s64 ? 56 : 40);
          int initprot = c.getInt(s64 ? 60 : 44);
          long nsects = c.getInt(s64 ? 64 : 48) & 0xffffffffL;
          long avail = in.contains(fileoff, 0) ? Math.min(filesize, in.size() - fileoff) : 0;
          Region r = new Region(seg, vmaddr, vmsize, fileoff, seg.equals("__PAGEZERO") ? 0 : Math.max(avail, 0),
              (initprot & 2) != 0, (initprot & 4) != 0);
          segments.add(r);
          if (firstData == null && vmaddr != 0 && filesize != 0 && initprot == 3 && maxprot == 3) {
            firstData = r;
          }
          int sectSize = s64 ? 80 : 68;
          int first = s64 ? 72 : 56;
          if (nsects > (size - first) / sectSize) {
            throw new BinaryFormatException(name, "load command " + i + ": " + nsects + " sections do not fit");
          }
          for (int s = 0; s < nsects; s++) {
            int so = first + s * sectSize;
            String sect = fixed(c, so);
            long addr = s64 ? c.getLong(so + 32) : c.getInt(so + 32) & 0xffffffffL;
            long ssize = s64 ? c.getLong(so + 40) : c.getInt(so + 36) & 0xffffffffL;
            long soff = c.getInt(so + (s64 ? 48 : 40)) & 0xffffffffL;
            Region sr = new Region(sect, addr, ssize, soff, soff == 0 ? 0 : ssize, r.writable(), r.executable());
            if (sect.equals("__go_buildinfo") && buildInfo.isEmpty()) {
              buildInfo = Optional.of(sr);
            }
            if (sect.equals("__rodata") && soff != 0) {
              constData.add(sr);
            }
          }
        }
        case LC_SYMTAB -> symbols = size >= 24 && c.getInt(12) != 0;
        case LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, LC_LAZY_LOAD_DYLIB, LC_LOAD_UPWARD_DYLIB ->
            dylibs.add(lcString(c, size));
        case LC_LOAD_DYLINKER -> dylinker = lcString(c, size);
        case LC_VERSION_MIN_IPHONEOS -> os = "ios";
        case LC_BUILD_VERSION -> {
          if (size >= 12) {
            int platform = c.getInt(8);
            os = switch (platform) {
              case 2, 7 -> "ios";
              case 3, 8 -> "[tvos]";
              case 4, 9 -> "[watchos]";
              default -> "darwin";
            };
          }
        }
        default -> { }
      }
      at += size;
    }
    if (buildInfo.isEmpty() && firstData != null) {
      buildInfo = Optional.of(firstData);
    }
    Kind kind = switch (filetype) {
      case 1 -> Kind.OBJECT;
      case 2 -> Kind.EXECUTABLE;
      case 6, 8 -> Kind.SHARED;
      default -> Kind.OTHER;
    };
    Linking linking = dylibs.isEmpty() && dylinker.isEmpty() ? Linking.STATIC : Linking.DYNAMIC;
    return new Image(name, Format.MACHO, os, arch(cputype), variant(cputype, cpusub), is64 ? 64 : 32, order, kind,
        linking, dylinker, dylibs, !symbols, fileOffset, segments, buildInfo, constData);
  }

  /** Go's GOARCH for a Mach-O CPU type. */
  public static String arch(int cputype) {
    return switch (cputype) {
      case 7 -> "386";
      case 0x01000007 -> "amd64";
      case 12 -> "arm";
      case 0x0100000c -> "arm64";
      case 0x0200000c -> "[arm64_32]";
      case 18 -> "[ppc]";
      case 0x01000012 -> "ppc64";
      default -> "[mach-o cpu " + cputype + "]";
    };
  }

  static String variant(int cputype, int cpusub) {
    int sub = cpusub & 0x00ffffff;
    if (cputype == 0x0100000c) {
      return sub == 2 ? "arm64e" : "";
    }
    if (cputype == 12) {
      return switch (sub) {
        case 5 -> "v4t";
        case 6 -> "v6";
        case 9 -> "v7";
        case 11 -> "v7s";
        case 12 -> "v7k";
        case 14 -> "v6m";
        case 15 -> "v7m";
        case 16 -> "v7em";
        default -> "";
      };
    }
    if (cputype == 0x01000007 && sub == 8) {
      return "x86_64h";
    }
    return "";
  }

  /** A NUL-padded 16-byte name at {@code at}. */
  private static String fixed(ByteBuffer c, int at) {
    int end = at;
    while (end < at + 16 && c.get(end) != 0) {
      end++;
    }
    byte[] b = new byte[end - at];
    c.get(at, b);
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  /** The string a load command points at with the offset in its third word. */
  private static String lcString(ByteBuffer c, int size) {
    if (size < 12) {
      return "";
    }
    int off = c.getInt(8);
    if (off < 12 || off >= size) {
      return "";
    }
    int end = off;
    while (end < size && c.get(end) != 0) {
      end++;
    }
    byte[] b = new byte[end - off];
    c.get(off, b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
