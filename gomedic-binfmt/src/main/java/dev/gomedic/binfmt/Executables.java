package dev.gomedic.binfmt;

import dev.gomedic.binfmt.elf.ElfReader;
import dev.gomedic.binfmt.macho.MachOReader;
import dev.gomedic.binfmt.pe.PeReader;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Recognises a binary by its first bytes and reads its headers with the matching reader. */
public final class Executables {
  private Executables() {}

  /** The format the first bytes announce, or null when they announce none gomedic reads. */
  public static Format sniff(byte[] head) {
    if (head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
      return Format.ELF;
    }
    if (head.length >= 2 && head[0] == 'M' && head[1] == 'Z') {
      return Format.PE;
    }
    if (head.length >= 4) {
      int be = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
      int le = Integer.reverseBytes(be);
      if (be == MachOReader.MAGIC_32 || be == MachOReader.MAGIC_64
          || le == MachOReader.MAGIC_32 || le == MachOReader.MAGIC_64) {
        return Format.MACHO;
      }
      if (be == MachOReader.FAT_MAGIC || be == MachOReader.FAT_MAGIC_64) {
        return Format.MACHO_FAT;
      }
      if (head[0] == 0 && head[1] == 'a' && head[2] == 's' && head[3] == 'm') {
        return Format.WASM;
      }
    }
    return null;
  }

  /** Reads the headers of the binary in {@code channel}, named {@code name} in messages. */
  public static Executable read(SeekableByteChannel channel, String name) throws IOException {
    return read(BinaryInput.of(channel, name));
  }

  /** Reads the headers of the binary {@code in}; the same input then serves the build-info reader. */
  public static Executable read(BinaryInput in) throws IOException {
    String name = in.name();
    byte[] head = in.readBytes(0, Math.min(16, in.size()));
    Format f = sniff(head);
    if (f == null) {
      throw new NotAnExecutableException(name);
    }
    return switch (f) {
      case ELF -> ElfReader.read(in, 0);
      case PE -> PeReader.read(in);
      case MACHO -> MachOReader.readThin(in, 0);
      case MACHO_FAT -> MachOReader.readFat(in);
      case WASM -> wasm(name);
    };
  }

  /** Opens {@code file} read-only and reads its headers; the caller reads build info while it is open. */
  public static Executable read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(ch, file.toString());
    }
  }

  private static Image wasm(String name) {
    return new Image(name, Format.WASM, "", "wasm", "", 32, ByteOrder.LITTLE_ENDIAN, Kind.EXECUTABLE,
        Linking.STATIC, "", java.util.List.of(), false, 0, java.util.List.of(), java.util.Optional.empty(),
        java.util.List.of());
  }
}
