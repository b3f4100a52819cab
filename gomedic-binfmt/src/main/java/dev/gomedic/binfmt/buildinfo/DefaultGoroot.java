package dev.gomedic.binfmt.buildinfo;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Region;
import dev.gomedic.binfmt.symbols.Symbols;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The GOROOT the Go linker baked into a binary: the string variable {@code runtime.defaultGOROOT} (Go 1.10 and
 * later; before that a constant in {@code runtime/internal/sys}, which gomedic does not read), which
 * {@code runtime.GOROOT()} returns when the GOROOT variable is unset. The linker sets it from GOROOT_FINAL (or
 * the building GOROOT) with its {@code -X} mechanism, and leaves it empty for {@code -trimpath} builds (Go 1.19
 * and later; Go 1.18 wrote the placeholder {@code go}). Release toolchains from Go 1.21 are built trimmed, so
 * theirs is empty; Go 1.23 ignores GOROOT_FINAL.
 *
 * <p>Two ways to find it, in this order:
 *
 * <ol>
 *   <li>The symbol table (ELF {@code .symtab}, Mach-O {@code LC_SYMTAB}): the variable is a Go string header
 *       (pointer, length) at the symbol's address. A zero length means the build was trimmed.
 *   <li>Stripped binaries and PE files: a scan of the writable data for string headers that point into read-only
 *       data at bytes followed by a NUL. Go's string literals are not NUL-terminated, but the strings the linker
 *       sets with {@code -X} are; in the go command only {@code runtime.buildVersion} (the Go version) and
 *       {@code runtime.defaultGOROOT} are, and the linker places their headers next to each other. So: the
 *       NUL-terminated header beside the one holding the binary's Go version is the GOROOT; failing that, a
 *       single NUL-terminated absolute path. A version header with no such neighbour means the build was
 *       trimmed. This is a heuristic ({@link How#SCAN}) and says so.
 * </ol>
 *
 * <p>Reads are bounded: at most {@value #MAX_SCAN} bytes of writable data, strings of at most
 * {@value #MAX_LEN} bytes.
 */
public final class DefaultGoroot {
  static final String SYMBOL = "runtime.defaultGOROOT";
  private static final int MAX_LEN = 4096;
  private static final long MAX_SCAN = 32L << 20;
  private static final int CHUNK = 1 << 20;
  private static final Pattern VERSION = Pattern.compile("(go1(\\.[0-9]+)*([a-z]+[0-9]+)?|devel .*)( X:.*)?");

  private DefaultGoroot() {}

  /** How the value was found. */
  public enum How {
    /** From the symbol table: exact. */
    SYMBOL,
    /** From scanning data for linker-set strings: a heuristic. */
    SCAN
  }

  /** What the binary says about its built-in GOROOT. */
  public sealed interface Result permits Baked, Trimmed, Unknown {}

  /** The linker recorded {@code goroot}. */
  public record Baked(String goroot, How how) implements Result {}

  /** The linker recorded no GOROOT (a {@code -trimpath} build): go then needs its location or $GOROOT. */
  public record Trimmed(How how) implements Result {}

  /** Neither way found an answer; {@code why} says what was missing. */
  public record Unknown(String why) implements Result {}

  /**
   * Reads the baked GOROOT of {@code image} in {@code file}; {@code goVersion} (from the build info, may be
   * empty) anchors the stripped-binary scan.
   */
  public static Result read(BinaryInput file, Image image, String goVersion) throws IOException {
    Memory mem = new Memory(file, image);
    int ptr = image.bits() / 8;
    Symbols.Lookup lookup = Symbols.find(file, image, SYMBOL);
    OptionalLong sym = lookup.address();
    if (lookup.tableRead() && sym.isEmpty()) {
      // Only binaries that call runtime.GOROOT() link the variable in; the go command always does.
      return new Unknown("the symbol table has no " + SYMBOL + " (the program never asks for its GOROOT)");
    }
    if (sym.isPresent() && mem.available(sym.getAsLong()) == 0 && inMemory(image, sym.getAsLong())) {
      // Not set by the linker, so left in zero-filled memory (.bss): a -trimpath build.
      return new Trimmed(How.SYMBOL);
    }
    if (sym.isPresent()) {
      try {
        ByteBuffer h = mem.read(sym.getAsLong(), 2L * ptr).order(image.order());
        if (h.limit() == 2 * ptr) {
          long len = word(h, ptr, ptr);
          if (len == 0) {
            return new Trimmed(How.SYMBOL);
          }
          String s = string(mem, word(h, 0, ptr), len);
          if (s != null) {
            return new Baked(s, How.SYMBOL);
          }
        }
      } catch (BuildInfoReader.Unmapped e) {
        // fall through to the scan
      }
    }
    return scan(file, image, mem, ptr, goVersion);
  }

  private record Candidate(long addr, String value) {}

  private static Result scan(BinaryInput file, Image image, Memory mem, int ptr, String goVersion)
      throws IOException {
    List<Candidate> found = new ArrayList<>();
    long budget = MAX_SCAN;
    for (Region seg : image.segments()) {
      if (!seg.writable() || seg.fileSize() <= 0 || budget <= 0) {
        continue;
      }
      long len = Math.min(seg.fileSize(), budget);
      budget -= len;
      long start = (seg.addr() + ptr - 1) & -ptr;
      long end = seg.addr() + len;
      for (long pos = start; Long.compareUnsigned(pos, end) < 0; pos += CHUNK) {
        long n = Math.min(CHUNK + 2L * ptr, end - pos);
        ByteBuffer b = mem.read(pos, n).order(image.order());
        int limit = (int) Math.min(CHUNK, n);
        for (int i = 0; i < limit && i + 2 * ptr <= b.limit(); i += ptr) {
          long p = word(b, i, ptr);
          long l = word(b, i + ptr, ptr);
          if (l <= 0 || l > MAX_LEN || !readOnly(image, p, l + 1)) {
            continue;
          }
          String s = string(mem, p, l);
          if (s != null && terminated(mem, p, l)) {
            found.add(new Candidate(pos + i, s));
          }
        }
      }
    }
    for (Candidate c : found) {
      boolean isVersion = goVersion.isEmpty() ? VERSION.matcher(c.value).matches()
          : c.value.equals(goVersion) || c.value.startsWith(goVersion + " ");
      if (!isVersion) {
        continue;
      }
      for (Candidate d : found) {
        long dist = d.addr - c.addr;
        if ((dist == 2L * ptr || dist == -2L * ptr) && looksLikeGoroot(d.value)) {
          return new Baked(d.value, How.SCAN);
        }
      }
      Set<String> paths = absolutePaths(found);
      if (paths.isEmpty()) {
        return new Trimmed(How.SCAN);
      }
    }
    Set<String> paths = absolutePaths(found);
    if (paths.size() == 1) {
      return new Baked(paths.iterator().next(), How.SCAN);
    }
    return new Unknown(paths.isEmpty() ? "no linker-set strings found" : "several candidate paths " + paths);
  }

  private static Set<String> absolutePaths(List<Candidate> found) {
    Set<String> out = new LinkedHashSet<>();
    for (Candidate c : found) {
      if (absolute(c.value)) {
        out.add(c.value);
      }
    }
    return out;
  }

  private static boolean absolute(String v) {
    return (v.startsWith("/") || v.startsWith("\\\\") || v.matches("[A-Za-z]:[\\\\/].*"))
        && v.chars().noneMatch(c -> c < 0x20);
  }

  /** An absolute path, or Go 1.18's -trimpath placeholder {@code go}. */
  private static boolean looksLikeGoroot(String v) {
    return absolute(v) || v.equals("go");
  }

  /** Whether {@code addr} lies in a segment's memory (file-backed or zero-filled). */
  private static boolean inMemory(Image image, long addr) {
    for (Region r : image.segments()) {
      if (Long.compareUnsigned(addr, r.addr()) >= 0 && Long.compareUnsigned(addr - r.addr(), r.memSize()) < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [addr, addr+len)} lies in one of the image's read-only data regions. */
  private static boolean readOnly(Image image, long addr, long len) {
    for (Region r : image.constData()) {
      if (r.holds(addr) && Long.compareUnsigned(addr - r.addr() + len, r.fileSize()) <= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean terminated(Memory mem, long addr, long len) throws IOException {
    ByteBuffer b = mem.read(addr + len, 1);
    return b.limit() == 1 && b.get(0) == 0;
  }

  /** The UTF-8 string of {@code len} bytes at {@code addr}, or null if unreadable or holding a NUL. */
  private static String string(Memory mem, long addr, long len) throws IOException {
    if (len <= 0 || len > MAX_LEN || mem.available(addr) < len) {
      return null;
    }
    ByteBuffer b = mem.read(addr, len);
    byte[] a = new byte[b.remaining()];
    b.get(a);
    for (byte x : a) {
      if (x == 0) {
        return null;
      }
    }
    return new String(a, StandardCharsets.UTF_8);
  }

  private static long word(ByteBuffer b, int at, int size) {
    return size == 4 ? b.getInt(at) & 0xffffffffL : b.getLong(at);
  }
}
