package dev.gomedic.toolchain.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a SHA-256 checksum file in the formats {@code shasum -c} accepts: {@code HEX  name},
 * {@code HEX *name}, {@code SHA256 (name) = HEX} and a bare {@code HEX}.
 *
 * @param entries the checksum lines, in file order
 */
public record Sha256Sums(List<Entry> entries) {
  /** Longest checksum file we read: a sums file for every Go release is far smaller. */
  public static final int MAX_BYTES = 4 << 20;

  /**
   * One line.
   *
   * @param hex the digest, lower case
   * @param name the file name, or "" for a bare digest
   * @param line the 1-based line number
   */
  public record Entry(String hex, String name, int line) {}

  public Sha256Sums {
    entries = List.copyOf(entries);
  }

  /**
   * Parses a checksum file. Blank lines and {@code #} comments are skipped.
   *
   * @throws IllegalArgumentException naming {@code file:line} for a line in no known format
   */
  public static Sha256Sums parse(String text, String file) {
    if (text.length() > MAX_BYTES) {
      throw new IllegalArgumentException(file + ": checksum file too large");
    }
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Entry e = parseLine(line, i + 1);
      if (e == null) {
        throw new IllegalArgumentException(
            file + ":" + (i + 1) + ": not a SHA-256 checksum line (want 'HEX  name', 'HEX *name' or 'HEX')");
      }
      out.add(e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + ": no SHA-256 checksum lines");
    }
    return new Sha256Sums(out);
  }

  private static Entry parseLine(String line, int n) {
    if (line.startsWith("SHA256 (") && line.length() > 64) {
      int close = line.lastIndexOf(") = ");
      String hex = line.substring(line.length() - 64);
      if (close > 8 && Sha256.isHex(hex) && close + 4 == line.length() - 64) {
        return new Entry(Sha256.normalize(hex), line.substring(8, close), n);
      }
      return null;
    }
    // sha256sum prefixes a line with '\' when the name holds a backslash or newline.
    boolean escaped = line.startsWith("\\");
    String body = escaped ? line.substring(1) : line;
    if (body.length() < 64 || !Sha256.isHex(body.substring(0, 64))) {
      return null;
    }
    String hex = Sha256.normalize(body.substring(0, 64));
    String rest = body.substring(64);
    if (rest.isEmpty()) {
      return new Entry(hex, "", n);
    }
    String name;
    if (rest.startsWith(" *") || rest.startsWith("  ") || rest.startsWith(" ?") || rest.startsWith(" ^")
        || rest.startsWith(" U")) {
      name = rest.substring(2);
    } else if (rest.startsWith(" ")) {
      name = rest.substring(1);
    } else {
      return null;
    }
    if (escaped) {
      name = name.replace("\\n", "\n").replace("\\\\", "\\");
    }
    return name.isEmpty() ? null : new Entry(hex, name, n);
  }

  /**
   * The digest this file gives for {@code fileName} (compared by base name): the line naming it, or the only
   * line when that line is a bare digest.
   */
  public Optional<Entry> lookup(String fileName) {
    String base = baseName(fileName);
    for (Entry e : entries) {
      if (!e.name().isEmpty() && baseName(e.name()).equals(base)) {
        return Optional.of(e);
      }
    }
    if (entries.size() == 1 && entries.get(0).name().isEmpty()) {
      return Optional.of(entries.get(0));
    }
    return Optional.empty();
  }

  private static String baseName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash < 0 ? name : name.substring(slash + 1);
  }
}
