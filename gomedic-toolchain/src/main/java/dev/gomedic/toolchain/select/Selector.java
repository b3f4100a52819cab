package dev.gomedic.toolchain.select;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies the selection rules of this package to a directory. */
public final class Selector {
  /** Largest .go-version or go.mod read. */
  static final long MAX_FILE = 1 << 20;

  private static final Pattern VERSION =
      Pattern.compile("(?:go)?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?((?:rc|beta)\\d+)?");

  private Selector() {}

  /**
   * The selection for {@code dir}, or empty when no rule applies.
   *
   * @param env the environment (only GOMEDIC_GO_VERSION is read)
   * @param globalDefault the file {@code toolchain use} writes
   * @throws IllegalArgumentException "file:line: problem" for a malformed version
   */
  public static Optional<Selection> select(Path dir, Map<String, String> env, Path globalDefault)
      throws IOException {
    String fromEnv = env.getOrDefault("GOMEDIC_GO_VERSION", "").strip();
    if (!fromEnv.isEmpty()) {
      return Optional.of(new Selection(releaseName(fromEnv, "GOMEDIC_GO_VERSION"), Selection.Source.ENVIRONMENT,
          Optional.empty()));
    }
    Optional<Path> gv = findUp(dir, ".go-version");
    if (gv.isPresent()) {
      String v = firstLine(gv.get());
      if (!v.isEmpty()) {
        return Optional.of(new Selection(releaseName(v, gv.get() + ":1"), Selection.Source.GO_VERSION_FILE, gv));
      }
    }
    Optional<Path> mod = findUp(dir, "go.mod");
    if (mod.isPresent()) {
      Optional<Selection> s = fromGoMod(mod.get());
      if (s.isPresent()) {
        return s;
      }
    }
    if (Files.isRegularFile(globalDefault)) {
      String v = firstLine(globalDefault);
      if (!v.isEmpty()) {
        return Optional.of(new Selection(releaseName(v, globalDefault + ":1"), Selection.Source.GLOBAL_DEFAULT,
            Optional.of(globalDefault)));
      }
    }
    return Optional.empty();
  }

  /**
   * The release a version written by a user names: {@code 1.22.5}, {@code go1.22.5} → go1.22.5;
   * {@code 1.20.0} → go1.20 (before Go 1.21 the first release had no .0); {@code 1.21} → go1.21.0.
   */
  public static String releaseName(String v, String where) {
    Matcher m = VERSION.matcher(v.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(where + ": invalid Go version '" + v.strip() + "'");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    String pre = m.group(4);
    if (pre != null) {
      return "go" + major + "." + minor + pre;
    }
    boolean modern = major > 1 || minor >= 21;
    if (m.group(3) == null) {
      return modern ? "go" + major + "." + minor + ".0" : "go" + major + (m.group(2) == null ? "" : "." + minor);
    }
    int patch = Integer.parseInt(m.group(3));
    if (patch == 0 && !modern) {
      return "go" + major + "." + minor;
    }
    return "go" + major + "." + minor + "." + patch;
  }

  private static Optional<Selection> fromGoMod(Path mod) throws IOException {
    if (Files.size(mod) > MAX_FILE) {
      throw new IOException(mod + ": file too large");
    }
    // The go command does not parse go.mod to choose a toolchain: it takes the first line that starts with the
    // key and a blank, and the text after it up to any "//" comment (cmd/go/internal/gover.GoModLookup).
    String[] lines = Files.readString(mod, StandardCharsets.UTF_8).split("\n", -1);
    String go = null;
    int goLine = 0;
    String toolchain = null;
    int tcLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (go == null && (go = lookup(l, "go")) != null) {
        goLine = i + 1;
      }
      if (toolchain == null && (toolchain = lookup(l, "toolchain")) != null) {
        tcLine = i + 1;
      }
    }
    if (toolchain != null && !toolchain.equals("default")) {
      if (!toolchain.startsWith("go")) {
        throw new IllegalArgumentException(mod + ":" + tcLine + ": invalid toolchain '" + toolchain + "'");
      }
      String name = toolchain.replaceFirst("-.*$", "");
      return Optional.of(new Selection(releaseName(name, mod + ":" + tcLine), Selection.Source.GOMOD_TOOLCHAIN,
          Optional.of(mod)));
    }
    if (go != null) {
      return Optional.of(new Selection(releaseName(go, mod + ":" + goLine), Selection.Source.GOMOD_GO,
          Optional.of(mod)));
    }
    return Optional.empty();
  }

  /** The value of a {@code key value // comment} line, or null when the line is not about {@code key}. */
  private static String lookup(String line, String key) {
    if (!line.startsWith(key) || line.length() == key.length()) {
      return null;
    }
    char sep = line.charAt(key.length());
    if (sep != ' ' && sep != '\t') {
      return null;
    }
    String rest = line.substring(key.length());
    int comment = rest.indexOf("//");
    return (comment >= 0 ? rest.substring(0, comment) : rest).strip();
  }

  private static Optional<Path> findUp(Path dir, String name) {
    for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
      Path f = d.resolve(name);
      if (Files.isRegularFile(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static String firstLine(Path f) throws IOException {
    if (Files.size(f) > MAX_FILE) {
      throw new IOException(f + ": file too large");
    }
    for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
      String s = l.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return s;
      }
    }
    return "";
  }
}
