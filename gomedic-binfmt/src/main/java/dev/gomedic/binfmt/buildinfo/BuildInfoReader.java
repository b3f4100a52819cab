package dev.gomedic.binfmt.buildinfo;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the build info blob the Go linker writes into every binary and decodes it the way the current
 * {@code debug/buildinfo} does: the blob starts with the 14-byte magic {@code \xff Go buildinf:} on a 16-byte
 * boundary inside the dedicated section ({@code .go.buildinfo}, {@code __go_buildinfo}) or the first writable
 * data segment or section; the whole area is searched in 1 MiB chunks (Go 1.19 searched only its first 64 KiB).
 * Byte 15 of the 32-byte header says how the two strings follow: bit 2 set (Go 1.18 and later) means inline,
 * each a uvarint length and bytes; clear (before 1.18) means two pointers of byte-14 size to Go string headers,
 * in the byte order of bit 1. The module text is framed by 16-byte sentinels, which are removed.
 *
 * <p>When there is no blob (a binary whose build info was removed, as esbuild 0.28's are), {@link
 * #runtimeVersion} looks for the runtime's version string ({@code go1.26.5}) in read-only data instead.
 */
public final class BuildInfoReader {
  static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  /** Chunks after the first are read in blocks of this size, through one array. */
  private static final int BLOCK = 64 << 10;
  private static final int ALIGN = 16;
  /** The search's unit of work: a multiple of {@link #ALIGN}. */
  private static final int PIECE = 1 << 10;
  private static final int HEADER = 32;
  private static final int CHUNK = 1 << 20;
  /** Read-only data scanned for the runtime version string, at most. */
  private static final long MAX_SCAN = 256L << 20;

  private BuildInfoReader() {}

  /** Why a binary has no readable build info, in Go's words where Go has them. */
  public enum Absence {
    NOT_GO("not a Go executable"),
    UNRECOGNIZED("unrecognized file format");

    private final String message;

    Absence(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  /** The outcome of looking: build info, or why there is none. */
  public sealed interface Result permits Found, Missing {}

  public record Found(BuildInfo info) implements Result {}

  /** No build info; {@link #runtimeVersion} may still find the Go version. */
  public record Missing(Absence why) implements Result {}

  /**
   * The buffer a search reads the data area through: one per thread, reused from file to file, so that a run
   * over many binaries does not allocate (and the JVM zero and map) a fresh 64 KiB array for each.
   */
  public static final class Scratch {
    private byte[] block;

    byte[] block() {
      if (block == null) {
        block = new byte[BLOCK + MAGIC.length];
      }
      return block;
    }
  }

  /** Reads the build info of {@code image}, a thin binary in {@code file}. */
  public static Result read(BinaryInput file, Image image) throws IOException {
    return read(file, image, new Scratch());
  }

  /** {@link #read(BinaryInput, Image)} through {@code scratch}, which the caller reuses on one thread. */
  public static Result read(BinaryInput file, Image image, Scratch scratch) throws IOException {
    Memory mem = new Memory(file, image);
    Optional<Raw> raw;
    try {
      raw = raw(mem, image, scratch);
    } catch (Unmapped e) {
      return new Missing(Absence.UNRECOGNIZED);
    }
    if (raw.isEmpty()) {
      return new Missing(Absence.NOT_GO);
    }
    return new Found(ModInfo.parse(raw.get().version, raw.get().mod, BuildInfo.Source.BLOB));
  }

  private record Raw(String version, String mod) {}

  private static Optional<Raw> raw(Memory mem, Image image, Scratch scratch) throws IOException {
    Optional<Region> area = image.buildInfoArea();
    if (area.isEmpty() || area.get().memSize() == 0) {
      return Optional.empty();
    }
    long addr = search(mem, area.get().addr(), area.get().memSize(), scratch);
    if (addr == -1) {
      return Optional.empty();
    }
    byte[] h = mem.readBytes(addr, HEADER);
    if (h.length < HEADER) {
      return Optional.empty();
    }
    int flags = h[15] & 0xff;
    byte[] vers;
    byte[] mod;
    if ((flags & 2) != 0) {
      long[] next = new long[1];
      vers = inline(mem, addr + HEADER, next);
      if (vers == null) {
        return Optional.empty();
      }
      mod = inline(mem, next[0], next);
      if (mod == null) {
        return Optional.empty();
      }
    } else {
      int ptrSize = h[14];
      if (ptrSize != 4 && ptrSize != 8) {
        return Optional.empty();
      }
      boolean big = (flags & 1) != 0;
      vers = pointed(mem, ptrSize, big, ptr(h, 16, ptrSize, big));
      mod = pointed(mem, ptrSize, big, ptr(h, 16 + ptrSize, ptrSize, big));
    }
    if (vers.length == 0) {
      return Optional.empty();
    }
    // The sentinels are removed from the bytes, as Go does, before decoding: they are not UTF-8, and decoding
    // them would turn the whole text into a two-byte-per-char string.
    String text = mod.length >= 33 && mod[mod.length - 17] == '\n'
        ? new String(mod, 16, mod.length - 32, StandardCharsets.UTF_8) : "";
    return Optional.of(new Raw(new String(vers, StandardCharsets.UTF_8), text));
  }

  /** The aligned address of the first magic in {@code [start, start+size)}, or -1. */
  private static long search(Memory mem, long start, long size, Scratch scratch) throws IOException {
    long end = start + size;
    if (Long.compareUnsigned(end, start) < 0) {
      throw new Unmapped();
    }
    start = (start + ALIGN - 1) & -ALIGN;
    long first = start;
    // The linker puts the blob at the very start of its area: read 4 KiB first, then go on in 1 MiB chunks, each
    // read in 64 KiB blocks through the caller's array (a binary without a blob, as esbuild's, is searched to the
    // end of its data: allocating and filling a buffer per chunk was the largest per-file cost of `inspect -m` over
    // a directory; mapping the file instead costs more, once, in method handles the JDK spins on first use).
    long chunkSize = 4 << 10;
    byte[] block = scratch.block();
    while (Long.compareUnsigned(start, end) < 0) {
      long remaining = end - start;
      long chunk = Long.compareUnsigned(remaining, chunkSize) < 0 ? remaining : chunkSize;
      if (start != first && mem.available(start) == 0) {
        // Past the file-backed data (as Go 1.19, which read only what the file holds): no blob.
        return -1;
      }
      long i = find(mem, start, mem.count(start, chunk), block);
      if (i >= 0) {
        if (Long.compareUnsigned(remaining - i, HEADER) < 0) {
          return -1;
        }
        return start + i;
      }
      start += chunk;
      chunkSize = CHUNK;
    }
    return -1;
  }

  /** The first 16-byte aligned offset from {@code start} in its next {@code n} bytes where the magic starts, or -1. */
  private static long find(Memory mem, long start, long n, byte[] block) throws IOException {
    mem.forget();
    for (long at = 0; at < n; at += BLOCK) {
      int len = (int) Math.min(BLOCK + MAGIC.length, n - at);
      mem.readInto(start + at, block, len);
      int i = find(block, 0, Math.min(len, BLOCK), len);
      if (i >= 0) {
        // The blob's header and strings usually follow in the same block.
        mem.remember(start + at, block, len);
        return at + i;
      }
    }
    return -1;
  }

  /**
   * The first 16-byte aligned index in {@code [from, limit)} where the whole magic starts in {@code a[0:len]}, or
   * -1. Searched a kilobyte at a time: a binary without a blob runs this loop hundreds of thousands of times, and
   * the JIT compiles a method called often sooner than one long loop (whose compilation waits for a count of
   * loop iterations that grows with the compiler's queue), so most of the search runs compiled.
   */
  private static int find(byte[] a, int from, int limit, int len) {
    for (int at = from; at < limit; at += PIECE) {
      int i = findIn(a, at, Math.min(at + PIECE, limit), len);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@link #find} over one piece, four candidates a step: the product of (byte + 1) over them is 0 exactly when
   * one of them is 0xff, the magic's first byte (which is rare in data), so a step has one branch, not four.
   */
  private static int findIn(byte[] a, int from, int limit, int len) {
    int end = Math.min(limit, len - MAGIC.length + 1);
    int i = from;
    for (; i + 3 * ALIGN < end; i += 4 * ALIGN) {
      if ((a[i] + 1) * (a[i + ALIGN] + 1) * (a[i + 2 * ALIGN] + 1) * (a[i + 3 * ALIGN] + 1) == 0) {
        for (int j = i; j <= i + 3 * ALIGN; j += ALIGN) {
          if (magicAt(a, j)) {
            return j;
          }
        }
      }
    }
    for (; i < end; i += ALIGN) {
      if (magicAt(a, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean magicAt(byte[] a, int i) {
    return a[i] == (byte) 0xff && java.util.Arrays.equals(a, i, i + MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  /** A uvarint-prefixed string at {@code addr}; {@code next[0]} is set past it. Null if it does not fit. */
  private static byte[] inline(Memory mem, long addr, long[] next) throws IOException {
    byte[] b = mem.readBytes(addr, 10);
    long len = 0;
    int n = 0;
    int shift = 0;
    while (true) {
      if (n >= b.length || n >= 10) {
        return null;
      }
      int c = b[n++] & 0xff;
      if (n == 10 && c > 1) {
        return null;
      }
      len |= (long) (c & 0x7f) << shift;
      shift += 7;
      if (c < 0x80) {
        break;
      }
    }
    long at = addr + n;
    long avail = mem.available(at);
    if (Long.compareUnsigned(len, avail) > 0 || len > BinaryInput.MAX_READ) {
      return null;
    }
    byte[] s = mem.readBytes(at, len);
    next[0] = at + len;
    return s;
  }

  /** The Go string whose header (data pointer, length) is at {@code addr}; empty if it cannot be read. */
  private static byte[] pointed(Memory mem, int ptrSize, boolean big, long addr) throws IOException {
    if (mem.available(addr) < 2L * ptrSize) {
      return new byte[0];
    }
    byte[] h = mem.readBytes(addr, 2L * ptrSize);
    long data = ptr(h, 0, ptrSize, big);
    long len = ptr(h, ptrSize, ptrSize, big);
    if (Long.compareUnsigned(len, mem.available(data)) > 0 || len > BinaryInput.MAX_READ) {
      return new byte[0];
    }
    return mem.readBytes(data, len);
  }

  /** The {@code size}-byte (4 or 8) unsigned integer at {@code b[at:]} in the given byte order. */
  private static long ptr(byte[] b, int at, int size, boolean big) {
    long v = 0;
    for (int i = 0; i < size; i++) {
      v = v << 8 | (b[big ? at + i : at + size - 1 - i] & 0xff);
    }
    return v;
  }

  /**
   * The Go version in the runtime's version string, found by scanning read-only data for {@code go1.N[.P]}
   * (optionally {@code rcN}/{@code betaN}) standing alone; the most specific match wins.
   */
  public static Optional<String> runtimeVersion(BinaryInput file, Image image) throws IOException {
    String best = null;
    long budget = MAX_SCAN;
    for (Region r : image.constData()) {
      long off = image.fileOffset() + r.offset();
      long len = Math.min(r.fileSize(), budget);
      if (!file.contains(off, len)) {
        continue;
      }
      budget -= len;
      for (long pos = 0; pos < len; pos += CHUNK) {
        long n = Math.min(CHUNK + 32, len - pos);
        byte[] b = file.readBytes(off + pos, n);
        best = better(best, VersionScan.find(b, (int) Math.min(CHUNK, n), off + pos));
      }
    }
    return Optional.ofNullable(best);
  }

  private static String better(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.length() > a.length() ? b : a;
  }

  /** An address outside every segment: the file breaks its own format's rules. */
  static final class Unmapped extends IOException {
    Unmapped() {
      super("address not mapped", null);
    }
  }
}
