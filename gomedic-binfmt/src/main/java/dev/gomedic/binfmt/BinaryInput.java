package dev.gomedic.binfmt;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * A bounded window onto a {@link SeekableByteChannel} or a {@link RandomAccessFile}: every read names an offset
 * and a length, both are checked against the window before anything is allocated, and no read exceeds
 * {@link #MAX_READ} bytes. A fat Mach-O slice is a window onto part of its file. An instance keeps its first
 * 4 KiB once read, so use it from one thread.
 */
public final class BinaryInput {
  /** The most any single read may ask for; tables and strings larger than this are rejected as hostile. */
  public static final int MAX_READ = 16 << 20;
  /** The first bytes of the input, read once: every reader's headers and most load commands lie here. */
  private static final int HEAD = 4 << 10;

  private final SeekableByteChannel channel;
  /** Read instead of {@link #channel} when set. */
  private final RandomAccessFile file;
  private final String name;
  private final long base;
  private final long size;
  private byte[] head;

  private BinaryInput(SeekableByteChannel channel, String name, long base, long size) {
    this(channel, null, name, base, size);
  }

  private BinaryInput(SeekableByteChannel channel, RandomAccessFile file, String name, long base,
      long size) {
    this.channel = channel;
    this.file = file;
    this.name = name;
    this.base = base;
    this.size = size;
  }

  /** The whole of {@code channel}, named {@code name} in messages. */
  public static BinaryInput of(SeekableByteChannel channel, String name) throws IOException {
    return new BinaryInput(channel, name, 0, channel.size());
  }

  /**
   * The whole of {@code file}, named {@code name} in messages. Reads go straight to {@code read(2)} into the
   * caller's array: a run over many files spends most of its time in the interpreter before the JIT has compiled
   * anything, and FileChannel's read path runs several times as much Java code per read.
   */
  public static BinaryInput of(RandomAccessFile file, String name) throws IOException {
    return new BinaryInput(null, file, name, 0, file.length());
  }

  /** The window {@code [offset, offset+length)} of this input, for a slice of a fat file. */
  public BinaryInput slice(long offset, long length) throws BinaryFormatException {
    check(offset, length);
    return new BinaryInput(channel, file, name, base + offset, length);
  }

  public String name() {
    return name;
  }

  public long size() {
    return size;
  }

  /** Whether {@code [offset, offset+length)} lies inside this input, without overflowing. */
  public boolean contains(long offset, long length) {
    return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
  }

  /** Reads exactly {@code length} bytes at {@code offset}, or fails if they are not all in the input. */
  public ByteBuffer read(long offset, long length, ByteOrder order) throws IOException {
    return ByteBuffer.wrap(readBytes(offset, length)).order(order);
  }

  /** {@link #read} into a new array of exactly {@code length} bytes. */
  public byte[] readBytes(long offset, long length) throws IOException {
    check(offset, length);
    if (length > MAX_READ) {
      throw new BinaryFormatException(
          name, "read of " + length + " bytes at offset " + offset + " exceeds the limit of " + MAX_READ);
    }
    if (offset + length <= HEAD) {
      if (head == null) {
        head = new byte[(int) Math.min(HEAD, size)];
        fill(head, 0, head.length, 0);
      }
      if (offset + length <= head.length) {
        return java.util.Arrays.copyOfRange(head, (int) offset, (int) (offset + length));
      }
    }
    byte[] a = new byte[(int) length];
    fill(a, 0, a.length, offset);
    return a;
  }

  /** Reads {@code len} bytes at {@code offset} into {@code dst[off:]}, or fails if they are not all in the input. */
  public void readInto(long offset, byte[] dst, int off, int len) throws IOException {
    check(offset, len);
    java.util.Objects.checkFromIndexSize(off, len, dst.length);
    fill(dst, off, len, offset);
  }

  /**
   * Reads {@code len} bytes at {@code offset} (checked by the caller) into {@code a[off:]}: straight into the array
   * from a RandomAccessFile, with no ByteBuffer in between (this runs several times per file, mostly interpreted).
   */
  private void fill(byte[] a, int off, int len, long offset) throws IOException {
    if (file == null) {
      fill(ByteBuffer.wrap(a, off, len), offset);
      return;
    }
    long pos = base + offset;
    int end = off + len;
    while (off < end) {
      int n;
      synchronized (file) {
        file.seek(pos);
        n = file.read(a, off, end - off);
      }
      if (n < 0) {
        throw new BinaryFormatException(name, "unexpected end of file at offset " + (pos - base));
      }
      off += n;
      pos += n;
    }
  }

  /**
   * Reads {@code dst.remaining()} bytes at {@code offset} into {@code dst}, or fails if they are not all in the
   * input: for scanning a large area through one buffer instead of allocating one per read.
   */
  public void readInto(long offset, ByteBuffer dst) throws IOException {
    check(offset, dst.remaining());
    fill(dst, offset);
  }

  /** Reads {@code buf.remaining()} bytes at {@code offset} (checked by the caller) into {@code buf}. */
  private void fill(ByteBuffer buf, long offset) throws IOException {
    long pos = base + offset;
    while (buf.hasRemaining()) {
      int n;
      if (file != null && buf.hasArray()) {
        synchronized (file) {
          file.seek(pos);
          n = file.read(buf.array(), buf.arrayOffset() + buf.position(), buf.remaining());
        }
        if (n > 0) {
          buf.position(buf.position() + n);
        }
      } else if (file != null) {
        byte[] tmp = new byte[Math.min(buf.remaining(), 64 << 10)];
        synchronized (file) {
          file.seek(pos);
          n = file.read(tmp);
        }
        if (n > 0) {
          buf.put(tmp, 0, n);
        }
      } else if (channel instanceof FileChannel fc) {
        n = fc.read(buf, pos);
      } else {
        synchronized (channel) {
          channel.position(pos);
          n = channel.read(buf);
        }
      }
      if (n < 0) {
        throw new BinaryFormatException(name, "unexpected end of file at offset " + (pos - base));
      }
      pos += n;
    }
  }

  /** Reads up to {@code length} bytes at {@code offset}, fewer if the input ends first. */
  public ByteBuffer readUpTo(long offset, long length, ByteOrder order) throws IOException {
    if (offset < 0 || offset > size) {
      throw new BinaryFormatException(name, "offset " + offset + " is outside the file (size " + size + ")");
    }
    return read(offset, Math.min(length, size - offset), order);
  }

  private void check(long offset, long length) throws BinaryFormatException {
    if (!contains(offset, length)) {
      throw new BinaryFormatException(
          name,
          "offset " + Long.toUnsignedString(offset) + " length " + Long.toUnsignedString(length)
              + " runs past the end of the file (size " + size + ")");
    }
  }
}
