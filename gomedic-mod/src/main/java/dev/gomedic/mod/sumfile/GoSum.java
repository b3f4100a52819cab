package dev.gomedic.mod.sumfile;

import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The contents of a go.sum file: checksum lines in file order. Immutable; {@link #add} returns a new
 * value. See the package documentation for the format and the go command's rules.
 */
public final class GoSum {

  /** Default size limit for {@link #parse(InputStream, String)}: 64 MiB (real go.sum files are KBs). */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /** At most this many checksum lines are kept; real go.sum files have thousands. */
  public static final int MAX_ENTRIES = 500_000;

  /**
   * The hash of a one-file tree holding an empty go.mod, which an old go command bug wrote for
   * non-modules. The go command skips such lines when reading and so drops them when rewriting.
   */
  public static final String EMPTY_GO_MOD_HASH = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=";

  /** One checksum line: module path, version (maybe ending in "/go.mod"), hash and 1-based line. */
  public record Entry(String path, String version, String hash, int line) {
    public Entry {
      Objects.requireNonNull(path);
      Objects.requireNonNull(version);
      Objects.requireNonNull(hash);
    }

    /** Whether this is the checksum of the module's go.mod file rather than its zip. */
    public boolean isGoMod() {
      return version.endsWith("/go.mod");
    }

    /** The module and version the line is keyed by ("v1.2.3/go.mod" keeps its suffix). */
    public ModuleVersion key() {
      return new ModuleVersion(path, version);
    }
  }

  private final String name;
  private final List<Entry> entries;
  private final GoSumException stoppedAt;

  private GoSum(String name, List<Entry> entries, GoSumException stoppedAt) {
    this.name = name;
    this.entries = List.copyOf(entries);
    this.stoppedAt = stoppedAt;
  }

  private GoSum(String name, List<Entry> entries) {
    this(name, entries, null);
  }

  /** An empty go.sum with the given display name. */
  public static GoSum empty(String name) {
    return new GoSum(name, List.of());
  }

  /**
   * Parses go.sum content as the go command does: lines split at '\n'; fields split at Unicode white
   * space (so '\r' and other spaces separate fields); blank lines are skipped; a line that does not
   * have exactly three fields is an error; lines with {@link #EMPTY_GO_MOD_HASH} are skipped. Any
   * hash algorithm prefix is kept (only {@code h1:} is looked up).
   *
   * @param name display name used in errors, such as "go.sum" or a path
   * @throws GoSumException naming {@code name:LINE} and the problem
   */
  public static GoSum parse(byte[] data, String name) throws GoSumException {
    GoSum sum = read(data, name);
    if (sum.stoppedAt != null) {
      throw sum.stoppedAt;
    }
    return sum;
  }

  /**
   * Reads go.sum content exactly as far as the go command does. The go command (1.19 and the newest
   * alike) stops at the first malformed line without saying so, so the lines after it are invisible
   * to it; this returns the lines before it, with the problem in {@link #stoppedAt()}.
   */
  public static GoSum read(byte[] data, String name) {
    List<Entry> out = new ArrayList<>();
    String text = new String(data, StandardCharsets.UTF_8);
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      lineNo++;
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      List<String> f = fields(text, start, end);
      start = nl < 0 ? text.length() : nl + 1;
      if (f.isEmpty()) {
        continue;
      }
      if (f.size() != 3) {
        return new GoSum(name, out, new GoSumException(name, lineNo, "wrong number of fields " + f.size()));
      }
      if (f.get(2).equals(EMPTY_GO_MOD_HASH)) {
        continue;
      }
      if (out.size() >= MAX_ENTRIES) {
        return new GoSum(name, out, new GoSumException(name, lineNo, "too many lines (more than " + MAX_ENTRIES + " checksums)"));
      }
      out.add(new Entry(f.get(0), f.get(1), f.get(2), lineNo));
    }
    return new GoSum(name, out);
  }

  /** {@link #parse(byte[], String)} of a string. */
  public static GoSum parse(String text, String name) throws GoSumException {
    return parse(text.getBytes(StandardCharsets.UTF_8), name);
  }

  /**
   * Reads and parses at most {@code maxBytes} bytes; a longer stream is an error, not a truncation.
   *
   * @throws GoSumException {@code NAME: file too large (more than N bytes)} or a malformed line
   */
  public static GoSum parse(InputStream in, String name, long maxBytes)
      throws IOException, GoSumException {
    int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] data = in.readNBytes(limit + 1);
    if (data.length > limit) {
      throw new GoSumException(name, 0, "file too large (more than " + limit + " bytes)");
    }
    return parse(data, name);
  }

  public static GoSum parse(InputStream in, String name) throws IOException, GoSumException {
    return parse(in, name, DEFAULT_MAX_BYTES);
  }

  /** Go's strings.Fields over text[start, end); beyond the fourth field only the count grows. */
  private static List<String> fields(String text, int start, int end) {
    List<String> f = new ArrayList<>(4);
    int count = 0;
    int i = start;
    while (i < end) {
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < end && !isSpace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        count++;
        if (f.size() < 3) {
          f.add(text.substring(i, j));
        }
      }
      i = j;
    }
    while (f.size() < count && f.size() < 3) {
      f.add("");
    }
    return count <= 3 ? f : new CountedFields(count);
  }

  /** A stand-in for a line with more than three fields: only its size matters. */
  private static final class CountedFields extends java.util.AbstractList<String> {
    private final int size;

    CountedFields(int size) {
      this.size = size;
    }

    @Override
    public String get(int index) {
      return "";
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** Go's unicode.IsSpace (all such runes are in the BMP). */
  static boolean isSpace(char c) {
    return switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
          0x3000 -> true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }

  /** The malformed line where the go command stops reading, if any (see {@link #read}). */
  public Optional<GoSumException> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** All lines in file order (added lines at the end). */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The distinct {@code h1:} hashes the files record for {@code key} ({@code path version} or {@code path
   * version/go.mod}), in file order, the first file's first.
   */
  public static List<String> h1Hashes(List<GoSum> sums, ModuleVersion key) {
    List<String> out = new java.util.ArrayList<>();
    for (GoSum s : sums) {
      for (String h : s.hashes(key)) {
        if (h.startsWith("h1:") && !out.contains(h)) {
          out.add(h);
        }
      }
    }
    return out;
  }

  /** All hashes recorded for the key (version may end in "/go.mod"), in file order. */
  public List<String> hashes(ModuleVersion key) {
    List<String> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.path.equals(key.path()) && e.version.equals(key.version())) {
        out.add(e.hash);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The first {@code h1:} hash of the module zip {@code path@version}. */
  public Optional<String> zipHash(String path, String version) {
    return h1(new ModuleVersion(path, version));
  }

  /** The first {@code h1:} hash of the go.mod of {@code path@version}. */
  public Optional<String> goModHash(String path, String version) {
    return h1(new ModuleVersion(path, version + "/go.mod"));
  }

  private Optional<String> h1(ModuleVersion key) {
    return hashes(key).stream().filter(h -> h.startsWith("h1:")).findFirst();
  }

  /** Whether the exact line is present. */
  public boolean contains(String path, String version, String hash) {
    return hashes(new ModuleVersion(path, version)).contains(hash);
  }

  /** A go.sum with one more line (unchanged if the exact line is already present). */
  public GoSum add(String path, String version, String hash) {
    if (contains(path, version, hash)) {
      return this;
    }
    for (String s : new String[] {path, version, hash}) {
      if (s.isEmpty() || s.chars().anyMatch(c -> isSpace((char) c))) {
        throw new IllegalArgumentException("go.sum field must be non-empty without spaces: " + s);
      }
    }
    List<Entry> out = new ArrayList<>(entries);
    out.add(new Entry(path, version, hash, 0));
    return new GoSum(name, out, stoppedAt);
  }

  /**
   * The file as the go command writes it: keys in module.Sort order (path, then version, "/go.mod"
   * after the zip line), each key's hashes sorted and de-duplicated, one "path version hash" line
   * each, '\n'-terminated.
   */
  public String format() {
    Map<ModuleVersion, TreeSet<String>> byKey = new LinkedHashMap<>();
    for (Entry e : entries) {
      byKey.computeIfAbsent(e.key(), k -> new TreeSet<>(GoSum::compareBytes)).add(e.hash);
    }
    List<ModuleVersion> keys = new ArrayList<>(byKey.keySet());
    ModulePath.sort(keys);
    StringBuilder b = new StringBuilder();
    for (ModuleVersion k : keys) {
      for (String h : byKey.get(k)) {
        b.append(k.path()).append(' ').append(k.version()).append(' ').append(h).append('\n');
      }
    }
    return b.toString();
  }

  /** {@link #format()} as UTF-8 bytes. */
  public byte[] toBytes() {
    return format().getBytes(StandardCharsets.UTF_8);
  }

  private static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "GoSum[" + name + ", " + entries.size() + " lines]";
  }
}
