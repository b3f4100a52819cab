package dev.gomedic.binfmt.macho;

import dev.gomedic.binfmt.BinaryFormatException;
import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Ints;
import dev.gomedic.binfmt.Kind;
import dev.gomedic.binfmt.Linking;
import dev.gomedic.binfmt.NotAnExecutableException;
import dev.gomedic.binfmt.Region;
import java.io.IOException;
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
    byte[] h = in.readBytes(0, 8);
    boolean is64 = Ints.i32(h, 0, true) == FAT_MAGIC_64;
    long n = Ints.u32(h, 4, true);
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
    byte[] table = in.readBytes(8, n * entsize);
    List<Image> slices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int at = i * entsize;
      long off = is64 ? Ints.i64(table, at + 8, true) : Ints.u32(table, at + 8, true);
      long size = is64 ? Ints.i64(table, at + 16, true) : Ints.u32(table, at + 12, true);
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
    int magic = Ints.i32(in.readBytes(0, 4), 0, true);
    boolean big = magic == MAGIC_32 || magic == MAGIC_64;
    ByteOrder order = big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    if (!big) {
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
    byte[] h = in.readBytes(0, hsize);
    int cputype = Ints.i32(h, 4, big);
    int cpusub = Ints.i32(h, 8, big);
    int filetype = Ints.i32(h, 12, big);
    long ncmds = Ints.u32(h, 16, big);
    long sizeofcmds = Ints.u32(h, 20, big);
    if (!in.contains(hsize, sizeofcmds) || ncmds > sizeofcmds / 8) {
      throw new BinaryFormatException(name, "load commands (" + ncmds + " commands, " + sizeofcmds
          + " bytes) run past the end of the file");
    }
    byte[] cmds = in.readBytes(hsize, sizeofcmds);
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
      if (at + 8 > cmds.length) {
        throw new BinaryFormatException(name, "load command " + i + " runs past the end of the load commands");
      }
      int cmd = Ints.i32(cmds, at, big);
      int size = Ints.i32(cmds, at + 4, big);
      if (size < 8 || size > cmds.length - at) {
        throw new BinaryFormatException(name, "load command " + i + " has invalid size " + size);
      }
      // The command is cmds[at:at+size]; every read below is checked against size.
      Cmd c = new Cmd(cmds, at, big);
      switch (cmd) {
        case LC_SEGMENT, LC_SEGMENT_64 -> {
          boolean s64 = cmd == LC_SEGMENT_64;
          if (size < (s64 ? 72 : 56)) {
            throw new BinaryFormatException(name, "load command " + i + ": segment command too short");
          }
          String seg = c.fixed(8);
          long vmaddr = s64 ? c.i64(24) : c.u32(24);
          long vmsize = s64 ? c.i64(32) : c.u32(28);
          long fileoff = s64 ? c.i64(40) : c.u32(32);
          long filesize = s64 ? c.i64(48) : c.u32(36);
          int maxprot = c.i32(s64 ? 56 : 40);
          int initprot = c.i32(s64 ? 60 : 44);
          long nsects = c.u32(s64 ? 64 : 48);
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
            String sect = c.fixed(so);
            long addr = s64 ? c.i64(so + 32) : c.u32(so + 32);
            long ssize = s64 ? c.i64(so + 40) : c.u32(so + 36);
            long soff = c.u32(so + (s64 ? 48 : 40));
            Region sr = new Region(sect, addr, ssize, soff, soff == 0 ? 0 : ssize, r.writable(), r.executable());
            if (sect.equals("__go_buildinfo") && buildInfo.isEmpty()) {
              buildInfo = Optional.of(sr);
            }
            if (sect.equals("__rodata") && soff != 0) {
              constData.add(sr);
            }
          }
        }
        case LC_SYMTAB -> symbols = size >= 24 && c.i32(12) != 0;
        case LC_LOAD_DYLIB, LC_LOAD_WEAK_DYLIB, LC_REEXPORT_DYLIB, LC_LAZY_LOAD_DYLIB, LC_LOAD_UPWARD_DYLIB ->
            dylibs.add(c.lcString(size));
        case LC_LOAD_DYLINKER -> dylinker = c.lcString(size);
        case LC_VERSION_MIN_IPHONEOS -> os = "ios";
        case LC_BUILD_VERSION -> {
          if (size >= 12) {
            int platform = c.i32(8);
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

  /** One load command: reads at offsets from its start, in the file's byte order (see {@link Ints}). */
  private record Cmd(byte[] a, int start, boolean big) {
    int i32(int at) {
      return Ints.i32(a, start + at, big);
    }

    long u32(int at) {
      return Ints.u32(a, start + at, big);
    }

    long i64(int at) {
      return Ints.i64(a, start + at, big);
    }

    /** A NUL-padded 16-byte name at {@code at}. */
    String fixed(int at) {
      int from = start + at;
      int end = from;
      while (end < from + 16 && a[end] != 0) {
        end++;
      }
      return new String(a, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /** The string the command (of {@code size} bytes) points at with the offset in its third word. */
    String lcString(int size) {
      if (size < 12) {
        return "";
      }
      int off = i32(8);
      if (off < 12 || off >= size) {
        return "";
      }
      int end = off;
      while (end < size && a[start + end] != 0) {
        end++;
      }
      return new String(a, start + off, end - off, StandardCharsets.UTF_8);
    }
  }
}
