package dev.gomedic.binfmt.buildinfo;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Region;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/** A binary's memory image, read by virtual address from the file-backed part of its segments. */
final class Memory {
  private final BinaryInput file;
  private final Image image;

  Memory(BinaryInput file, Image image) {
    this.file = file;
    this.image = image;
  }

  /** How many bytes can be read at {@code addr} before its segment's file data ends (0 if unmapped). */
  long available(long addr) {
    Optional<Region> r = image.segmentAt(addr);
    return r.map(s -> s.fileSize() - (addr - s.addr())).orElse(0L);
  }

  /** Up to {@code size} bytes at {@code addr}, fewer if the segment ends first; fails if unmapped. */
  ByteBuffer read(long addr, long size) throws IOException {
    return read(addr, size, false);
  }

  /** Like {@link #read}, for an area that is only scanned: large ones are mapped rather than copied. */
  ByteBuffer view(long addr, long size) throws IOException {
    return read(addr, size, true);
  }

  private ByteBuffer read(long addr, long size, boolean view) throws IOException {
    Optional<Region> r = image.segmentAt(addr);
    if (r.isEmpty()) {
      throw new BuildInfoReader.Unmapped();
    }
    Region s = r.get();
    long delta = addr - s.addr();
    long n = Math.min(size, s.fileSize() - delta);
    long off = image.fileOffset() + s.offset() + delta;
    if (!file.contains(off, n)) {
      throw new BuildInfoReader.Unmapped();
    }
    return view ? file.view(off, n, ByteOrder.LITTLE_ENDIAN) : file.read(off, n, ByteOrder.LITTLE_ENDIAN);
  }
}
