package dev.gomedic.binfmt.pe;

import dev.gomedic.binfmt.BinaryFormatException;
import dev.gomedic.binfmt.BinaryInput;
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

/** Reads PE/COFF images (PE32 and PE32+): machine, characteristics, sections and imported DLLs. */
public final class PeReader {
  private static final int SCN_CNT_CODE = 0x20;
  private static final int SCN_CNT_INITIALIZED_DATA = 0x40;
  private static final int SCN_MEM_EXECUTE = 0x20000000;
  private static final int SCN_MEM_READ = 0x40000000;
  private static final int SCN_MEM_WRITE = 0x80000000;
  private static final int SCN_ALIGN_32BYTES = 0x600000;
  private static final int MAX_IMPORTS = 4096;

  private PeReader() {}

  public static Image read(BinaryInput in) throws IOException {
    String name = in.name();
    ByteOrder le = ByteOrder.LITTLE_ENDIAN;
    if (!in.contains(0, 0x40)) {
      throw new BinaryFormatException(name, "truncated MS-DOS header");
    }
    long peOff = Ints.u32(in.readBytes(0x3c, 4), 0, false);
    if (!in.contains(peOff, 24)) {
      // An MS-DOS program or some other MZ file without a PE header.
      throw new NotAnExecutableException(name);
    }
    byte[] coff = in.readBytes(peOff, 24);
    if (Ints.i32(coff, 0, false) != 0x00004550) {
      throw new NotAnExecutableException(name);
    }
    int machine = Ints.u16(coff, 4, false);
    int nsect = Ints.u16(coff, 6, false);
    long nsyms = Ints.u32(coff, 16, false);
    int optSize = Ints.u16(coff, 20, false);
    int characteristics = Ints.u16(coff, 22, false);
    long optOff = peOff + 24;
    if (optSize < 2 || !in.contains(optOff, optSize)) {
      throw new BinaryFormatException(name, "optional header (" + optSize + " bytes) runs past the end of the file");
    }
    byte[] opt = in.readBytes(optOff, optSize);
    int magic = Ints.u16(opt, 0, false);
    boolean plus;
    if (magic == 0x10b) {
      plus = false;
    } else if (magic == 0x20b) {
      plus = true;
    } else {
      throw new BinaryFormatException(name, String.format("unknown optional header magic %#x", magic));
    }
    int dirStart = plus ? 112 : 96;
    if (optSize < dirStart) {
      throw new BinaryFormatException(name, "optional header too short (" + optSize + " bytes)");
    }
    long imageBase = plus ? Ints.i64(opt, 24, false) : Ints.u32(opt, 28, false);
    long ndirs = Ints.u32(opt, dirStart - 4, false);
    long importRva = 0;
    long importSize = 0;
    if (ndirs > 1 && optSize >= dirStart + 16) {
      importRva = Ints.u32(opt, dirStart + 8, false);
      importSize = Ints.u32(opt, dirStart + 12, false);
    }

    long shOff = optOff + optSize;
    if (!in.contains(shOff, nsect * 40L)) {
      throw new BinaryFormatException(name, "section table (" + nsect + " sections at offset " + shOff
          + ") runs past the end of the file");
    }
    byte[] table = in.readBytes(shOff, nsect * 40L);
    List<Region> sections = new ArrayList<>();
    List<Region> constData = new ArrayList<>();
    Optional<Region> firstData = Optional.empty();
    boolean symtabSection = false;
    for (int i = 0; i < nsect; i++) {
      int at = i * 40;
      int len = 0;
      while (len < 8 && table[at + len] != 0) {
        len++;
      }
      String sname = new String(table, at, len, StandardCharsets.ISO_8859_1);
      long vsize = Ints.u32(table, at + 8, false);
      long va = Ints.u32(table, at + 12, false);
      long rawSize = Ints.u32(table, at + 16, false);
      long rawPtr = Ints.u32(table, at + 20, false);
      int ch = Ints.i32(table, at + 36, false);
      long avail = in.contains(rawPtr, 0) ? Math.min(rawSize, in.size() - rawPtr) : 0;
      Region r = new Region(sname, imageBase + va, vsize, rawPtr, avail, (ch & SCN_MEM_WRITE) != 0,
          (ch & SCN_MEM_EXECUTE) != 0);
      sections.add(r);
      if (firstData.isEmpty() && va != 0 && rawSize != 0
          && (ch & ~SCN_ALIGN_32BYTES) == (SCN_CNT_INITIALIZED_DATA | SCN_MEM_READ | SCN_MEM_WRITE)) {
        firstData = Optional.of(new Region(sname, imageBase + va, vsize, rawPtr, avail, true, false));
      }
      if (sname.equals(".rdata")) {
        constData.add(r);
      }
      if (sname.equals(".symtab")) {
        symtabSection = true;
      }
    }

    List<String> imports = imports(in, sections, imageBase, importRva, importSize);
    Kind kind = (characteristics & 0x2000) != 0 ? Kind.SHARED
        : (characteristics & 0x0002) != 0 ? Kind.EXECUTABLE : Kind.OTHER;
    boolean is64 = plus;
    return new Image(name, Format.PE, "windows", arch(machine), machine == 0x1c4 ? "v7" : "", is64 ? 64 : 32,
        le, kind, imports.isEmpty() ? Linking.STATIC : Linking.DYNAMIC, "", imports,
        nsyms == 0 && !symtabSection, 0, sections, firstData, constData);
  }

  /** Go's GOARCH for a COFF machine type. */
  public static String arch(int machine) {
    return switch (machine) {
      case 0x14c -> "386";
      case 0x8664 -> "amd64";
      case 0xaa64 -> "arm64";
      case 0x1c0, 0x1c2, 0x1c4 -> "arm";
      case 0x5064 -> "riscv64";
      case 0x6264 -> "loong64";
      case 0xa641 -> "[arm64ec]";
      default -> String.format("[pe machine %#x]", machine);
    };
  }

  private static List<String> imports(BinaryInput in, List<Region> sections, long imageBase, long rva, long size)
      throws IOException {
    List<String> out = new ArrayList<>();
    if (rva == 0 || size == 0) {
      return out;
    }
    long fileOff = toFile(sections, imageBase + rva);
    if (fileOff < 0) {
      return out;
    }
    for (int i = 0; i < MAX_IMPORTS && in.contains(fileOff + i * 20L, 20); i++) {
      byte[] d = in.readBytes(fileOff + i * 20L, 20);
      long nameRva = Ints.u32(d, 12, false);
      if (nameRva == 0 && Ints.i32(d, 16, false) == 0) {
        break;
      }
      long nameOff = toFile(sections, imageBase + nameRva);
      if (nameOff >= 0) {
        byte[] b = in.readBytes(nameOff, Math.min(256, in.size() - nameOff));
        int end = 0;
        while (end < b.length && b[end] != 0) {
          end++;
        }
        out.add(new String(b, 0, end, StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private static long toFile(List<Region> sections, long addr) {
    for (Region r : sections) {
      if (r.holds(addr)) {
        return r.offset() + (addr - r.addr());
      }
    }
    return -1;
  }
}
