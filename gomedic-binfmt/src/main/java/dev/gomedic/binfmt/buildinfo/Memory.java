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
  /** Bytes already read at {@link #seenAddr} ({@link #seenLen} of them): the block the blob was found in. */
  private byte[] seen;
  private long seenAddr;
  private int seenLen;

  Memory(BinaryInput file, Image image) {
    this.file = file;
    this.image = image;
  }

  /** How many bytes can be read at {@code addr} before its segment's file data ends (0 if unmapped). */
  long available(long addr) {
    Optional<Region> r = image.segmentAt(addr);
    return r.isPresent() ? r.get().fileSize() - (addr - r.get().addr()) : 0L;
  }

  /**
   * Remembers that {@code data[0:len]} holds the memory at {@code addr}, until {@code data} changes: the blob's
   * header and strings are then read from there instead of with a system call each.
   */
  void remember(long addr, byte[] data, int len) {
    seen = data;
    seenAddr = addr;
    seenLen = len;
  }

  /** Forgets what {@link #remember} said, before its array is reused. */
  void forget() {
    seen = null;
  }

  /** Up to {@code size} bytes at {@code addr}, fewer if the segment ends first; fails if unmapped. */
  ByteBuffer read(long addr, long size) throws IOException {
    return ByteBuffer.wrap(readBytes(addr, size)).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** {@link #read} as an array. */
  byte[] readBytes(long addr, long size) throws IOException {
    long off = fileOffset(addr, size);
    long n = Math.min(size, available(addr));
    long rel = addr - seenAddr;
    if (seen != null && rel >= 0 && rel <= seenLen && n <= seenLen - rel) {
      return java.util.Arrays.copyOfRange(seen, (int) rel, (int) (rel + n));
    }
    return file.readBytes(off, n);
  }

  /** How many bytes {@link #read} would return at {@code addr}; fails as it would. */
  long count(long addr, long size) throws IOException {
    fileOffset(addr, size);
    return Math.min(size, available(addr));
  }

  /** Reads {@code len} bytes at {@code addr} into {@code dst}, where {@code len <= count(addr, ...)}. */
  void readInto(long addr, byte[] dst, int len) throws IOException {
    file.readInto(fileOffset(addr, len), dst, 0, len);
  }

  /** The file offset of {@code addr}, checking that what a read of {@code size} returns lies in the file. */
  private long fileOffset(long addr, long size) throws IOException {
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
    return off;
  }
}
