package dev.gomedic.binfmt.elf;

import dev.gomedic.binfmt.BinaryFormatException;
import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Ints;
import dev.gomedic.binfmt.Kind;
import dev.gomedic.binfmt.Linking;
import dev.gomedic.binfmt.Region;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the ELF header, program headers, section headers and dynamic section of a 32- or 64-bit ELF file. */
public final class ElfReader {
  private static final int PT_LOAD = 1;
  private static final int PT_DYNAMIC = 2;
  private static final int PT_INTERP = 3;
  private static final int PF_X = 1;
  private static final int PF_W = 2;
  private static final int SHT_SYMTAB = 2;
  private static final int SHT_NOBITS = 8;
  private static final long SHF_WRITE = 1;
  private static final long SHF_ALLOC = 2;
  private static final long SHF_EXECINSTR = 4;
  private static final long DT_NEEDED = 1;
  private static final long DT_STRTAB = 5;
  private static final long DT_STRSZ = 10;
  private static final long DT_FLAGS_1 = 0x6ffffffbL;
  private static final long DF_1_PIE = 0x08000000L;
  /** Names longer than this in a string table are cut short: no real section or library name comes close. */
  private static final int MAX_NAME = 4096;
  private static final byte[] NOTE_PREFIX = ascii(".note.");
  private static final byte[] GO_BUILDINFO = ascii(".go.buildinfo");
  private static final byte[] RODATA = ascii(".rodata");
  private static final byte[] NOPTRDATA = ascii(".noptrdata");

  private ElfReader() {}

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Reads the ELF file starting at {@code offset} of {@code in} (0 for a whole file). */
  public static Image read(BinaryInput in, long offset) throws IOException {
    String name = in.name();
    if (!in.contains(0, 52)) {
      throw new BinaryFormatException(name, "truncated ELF header");
    }
    byte[] ident = in.readBytes(0, 16);
    int cls = ident[4];
    int data = ident[5];
    int osabi = ident[7] & 0xff;
    if (cls != 1 && cls != 2) {
      throw new BinaryFormatException(name, "unknown ELF class " + cls);
    }
    if (data != 1 && data != 2) {
      throw new BinaryFormatException(name, "unknown ELF data encoding " + data);
    }
    boolean is64 = cls == 2;
    boolean big = data == 2;
    ByteOrder order = big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    int ehsize = is64 ? 64 : 52;
    if (!in.contains(0, ehsize)) {
      throw new BinaryFormatException(name, "truncated ELF header");
    }
    Fields h = new Fields(in.readBytes(0, ehsize), 16, is64, big);
    int type = h.u16();
    int machine = h.u16();
    h.skip(4); // version
    h.word(); // entry
    long phoff = h.word();
    long shoff = h.word();
    int flags = h.u32i();
    h.u16(); // ehsize
    int phentsize = h.u16();
    int phnum = h.u16();
    int shentsize = h.u16();
    long shnum = h.u16();
    int shstrndx = h.u16();

    List<Prog> progs = readProgs(in, big, is64, phoff, phentsize, phnum);
    List<Region> segments = new ArrayList<>();
    Region firstData = null;
    String interp = "";
    Prog dynamic = null;
    for (Prog p : progs) {
      if (p.type == PT_LOAD) {
        long filesz = in.contains(p.offset, 0) ? Math.min(p.filesz, in.size() - p.offset) : 0;
        if (p.filesz < 0) {
          filesz = 0;
        }
        Region r = new Region("LOAD", p.vaddr, p.memsz, p.offset, filesz,
            (p.flags & PF_W) != 0, (p.flags & PF_X) != 0);
        segments.add(r);
        if (firstData == null && (p.flags & (PF_X | PF_W)) == PF_W) {
          firstData = r;
        }
      } else if (p.type == PT_INTERP && interp.isEmpty()) {
        interp = cString(in, p.offset, Math.min(p.filesz, MAX_NAME));
      } else if (p.type == PT_DYNAMIC && dynamic == null) {
        dynamic = p;
      }
    }

    // Section headers: names, the build info section, the symbol table, read-only data.
    Optional<Region> buildInfo = Optional.empty();
    List<Region> constData = new ArrayList<>();
    boolean hasSymtab = false;
    List<String> noteNames = new ArrayList<>();
    if (shoff != 0) {
      int entsize = is64 ? 64 : 40;
      if (shentsize < entsize) {
        throw new BinaryFormatException(name, "invalid section header entry size " + shentsize);
      }
      if (shnum == 0) { // extended numbering: the count is in section 0's size field
        byte[] s0 = sectionHeader(in, shoff, shentsize, 0, entsize);
        shnum = is64 ? Ints.i64(s0, 32, big) : Ints.i32(s0, 20, big) & 0xffffffffL;
      }
      if (shnum < 0 || shnum > in.size() / shentsize || !in.contains(shoff, shnum * shentsize)) {
        throw new BinaryFormatException(name, "section header table (" + shnum + " entries at offset "
            + Long.toUnsignedString(shoff) + ") runs past the end of the file");
      }
      byte[] table = in.readBytes(shoff, shnum * shentsize);
      long strOff = -1;
      long strSize = 0;
      if (shstrndx < shnum) {
        Fields s = new Fields(table, shstrndx * shentsize + 8, is64, big);
        s.word();
        s.word();
        strOff = s.word();
        strSize = s.word();
      }
      byte[] names = strOff >= 0 && in.contains(strOff, strSize) && strSize <= BinaryInput.MAX_READ
          ? in.readBytes(strOff, strSize) : new byte[0];
      // Names are compared as bytes, first, and only the few sections kept are read further and get a String:
      // this loop runs for every section of every file, mostly interpreted.
      for (int i = 0; i < shnum; i++) {
        int at = i * shentsize;
        int nameOff = Ints.i32(table, at, big);
        int stype = Ints.i32(table, at + 4, big);
        if (stype == SHT_SYMTAB) {
          hasSymtab = true;
        }
        if (nameOff < 0 || nameOff >= names.length || names[nameOff] != '.') {
          continue; // every name looked for starts with a dot
        }
        if (startsWith(names, nameOff, NOTE_PREFIX)) {
          noteNames.add(name(names, nameOff));
          continue;
        }
        boolean isBuildInfo = buildInfo.isEmpty() && named(names, nameOff, GO_BUILDINFO);
        boolean maybeConst = named(names, nameOff, RODATA) || named(names, nameOff, NOPTRDATA);
        if (!isBuildInfo && !maybeConst) {
          continue;
        }
        Fields s = new Fields(table, at + 8, is64, big);
        long sflags = s.word();
        long addr = s.word();
        long off = s.word();
        long size = s.word();
        long fsize = stype == SHT_NOBITS ? 0 : size;
        boolean isConst = maybeConst && (sflags & SHF_ALLOC) != 0 && (sflags & (SHF_WRITE | SHF_EXECINSTR)) == 0
            && fsize > 0;
        if (isBuildInfo || isConst) {
          Region r = new Region(name(names, nameOff), addr, size, off, fsize, (sflags & SHF_WRITE) != 0,
              (sflags & SHF_EXECINSTR) != 0);
          if (isBuildInfo) {
            buildInfo = Optional.of(r);
          }
          if (isConst) {
            constData.add(r);
          }
        }
      }
    }
    if (buildInfo.isEmpty() && firstData != null) {
      buildInfo = Optional.of(firstData);
    }
    if (constData.isEmpty()) {
      for (Region r : segments) {
        if (!r.writable() && !r.executable()) {
          constData.add(r);
        }
      }
    }

    // The dynamic section: needed libraries and the PIE flag.
    List<String> needed = new ArrayList<>();
    boolean pie = false;
    if (dynamic != null) {
      int entsize = is64 ? 16 : 8;
      long count = Math.min(dynamic.filesz / entsize, 1 << 16);
      if (count > 0 && in.contains(dynamic.offset, count * entsize)) {
        byte[] dyn = in.readBytes(dynamic.offset, count * entsize);
        List<Long> neededOffsets = new ArrayList<>();
        long strtab = 0;
        long strsz = 0;
        for (int i = 0; i < count; i++) {
          long tag = is64 ? Ints.i64(dyn, i * 16, big) : Ints.i32(dyn, i * 8, big);
          long val = is64 ? Ints.i64(dyn, i * 16 + 8, big) : Ints.i32(dyn, i * 8 + 4, big) & 0xffffffffL;
          if (tag == 0) {
            break;
          } else if (tag == DT_NEEDED) {
            neededOffsets.add(val);
          } else if (tag == DT_STRTAB) {
            strtab = val;
          } else if (tag == DT_STRSZ) {
            strsz = val;
          } else if (tag == DT_FLAGS_1) {
            pie = (val & DF_1_PIE) != 0;
          }
        }
        Optional<Region> seg = segmentAt(segments, strtab);
        if (seg.isPresent()) {
          long fileOff = seg.get().offset() + (strtab - seg.get().addr());
          for (long o : neededOffsets) {
            if (Long.compareUnsigned(o, strsz) < 0) {
              needed.add(cString(in, fileOff + o, Math.min(MAX_NAME, strsz - o)));
            }
          }
        }
      }
    }

    String arch = arch(machine, is64, order);
    Kind kind = switch (type) {
      case 1 -> Kind.OBJECT;
      case 2 -> Kind.EXECUTABLE;
      case 3 -> !interp.isEmpty() || pie ? Kind.EXECUTABLE : Kind.SHARED;
      default -> Kind.OTHER;
    };
    Linking linking = interp.isEmpty() && needed.isEmpty() ? Linking.STATIC : Linking.DYNAMIC;
    String variant = machine == 40 ? ((flags & 0x400) != 0 ? "hardfloat" : (flags & 0x200) != 0 ? "softfloat" : "")
        : "";
    return new Image(name, Format.ELF, os(osabi, interp, noteNames), arch, variant, is64 ? 64 : 32, order, kind,
        linking, interp, needed, !hasSymtab, offset, segments, buildInfo, constData);
  }

  /** Go's GOOS for an ELF file: from the OS/ABI byte, else from the interpreter or note sections, else linux. */
  static String os(int osabi, String interp, List<String> notes) {
    switch (osabi) {
      case 2: return "netbsd";
      case 3: return "linux";
      case 6: return "solaris";
      case 9: return "freebsd";
      case 12: return "openbsd";
      default: break;
    }
    if (notes.contains(".note.netbsd.ident") || interp.contains("ld.elf_so")) {
      return "netbsd";
    }
    if (notes.contains(".note.openbsd.ident") || interp.equals("/usr/libexec/ld.so")) {
      return "openbsd";
    }
    if (interp.contains("ld-elf.so") || notes.contains(".note.tag")) {
      return "freebsd";
    }
    if (interp.contains("/system/bin/linker")) {
      return "android";
    }
    if (interp.contains("ld.so.1")) {
      return "solaris";
    }
    return "linux";
  }

  /** Go's GOARCH for an ELF machine, class and byte order; the ELF name in brackets when Go has none. */
  static String arch(int machine, boolean is64, ByteOrder order) {
    boolean le = order == ByteOrder.LITTLE_ENDIAN;
    return switch (machine) {
      case 3 -> "386";
      case 62 -> is64 ? "amd64" : "[x32]";
      case 40 -> "arm";
      case 183 -> "arm64";
      case 8 -> is64 ? (le ? "mips64le" : "mips64") : (le ? "mipsle" : "mips");
      case 21 -> le ? "ppc64le" : "ppc64";
      case 20 -> "[ppc]";
      case 22 -> is64 ? "s390x" : "[s390]";
      case 243 -> is64 ? "riscv64" : "[riscv32]";
      case 258 -> is64 ? "loong64" : "[loongarch32]";
      case 43 -> "sparc64";
      default -> "[elf machine " + machine + "]";
    };
  }

  private record Prog(int type, int flags, long offset, long vaddr, long filesz, long memsz) {}

  private static List<Prog> readProgs(BinaryInput in, boolean big, boolean is64, long phoff, int phentsize,
      int phnum) throws IOException {
    List<Prog> progs = new ArrayList<>();
    if (phnum == 0) {
      return progs;
    }
    int entsize = is64 ? 56 : 32;
    if (phentsize < entsize) {
      throw new BinaryFormatException(in.name(), "invalid program header entry size " + phentsize);
    }
    if (!in.contains(phoff, (long) phnum * phentsize)) {
      throw new BinaryFormatException(in.name(), "program header table (" + phnum + " entries at offset "
          + Long.toUnsignedString(phoff) + ") runs past the end of the file");
    }
    byte[] table = in.readBytes(phoff, (long) phnum * phentsize);
    for (int i = 0; i < phnum; i++) {
      Fields p = new Fields(table, i * phentsize, is64, big);
      int type = p.u32i();
      if (is64) {
        int flags = p.u32i();
        long off = p.word();
        long vaddr = p.word();
        p.word();
        progs.add(new Prog(type, flags, off, vaddr, p.word(), p.word()));
      } else {
        long off = p.word();
        long vaddr = p.word();
        p.word();
        long filesz = p.word();
        long memsz = p.word();
        progs.add(new Prog(type, p.u32i(), off, vaddr, filesz, memsz));
      }
    }
    return progs;
  }

  private static byte[] sectionHeader(BinaryInput in, long shoff, int shentsize, int i, int entsize)
      throws IOException {
    if (!in.contains(shoff, (long) (i + 1) * shentsize)) {
      throw new BinaryFormatException(in.name(), "section header table at offset "
          + Long.toUnsignedString(shoff) + " runs past the end of the file");
    }
    return in.readBytes(shoff + (long) i * shentsize, entsize);
  }

  private static Optional<Region> segmentAt(List<Region> segments, long addr) {
    return segments.stream().filter(r -> r.holds(addr)).findFirst();
  }

  /** The NUL-terminated name at {@code off} of a string table (at most {@link #MAX_NAME} bytes), or "". */
  private static String name(byte[] names, int off) {
    if (off < 0 || off >= names.length) {
      return "";
    }
    int end = off;
    while (end < names.length && names[end] != 0 && end - off < MAX_NAME) {
      end++;
    }
    return new String(names, off, end - off, StandardCharsets.ISO_8859_1);
  }

  /** Whether {@link #name} at {@code off} would start with {@code prefix} (ASCII, without NUL). */
  private static boolean startsWith(byte[] names, int off, byte[] prefix) {
    if (off < 0 || prefix.length > names.length - off) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (names[off + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #name} at {@code off} would equal {@code want} (ASCII, without NUL). */
  private static boolean named(byte[] names, int off, byte[] want) {
    int end = off + want.length;
    return startsWith(names, off, want) && (end == names.length || names[end] == 0);
  }

  private static String cString(BinaryInput in, long off, long max) throws IOException {
    if (max <= 0 || !in.contains(off, 0)) {
      return "";
    }
    return name(in.readBytes(off, Math.min(max, in.size() - off)), 0);
  }
}
