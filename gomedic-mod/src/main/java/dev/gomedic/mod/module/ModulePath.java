package dev.gomedic.mod.module;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.module.InvalidPathException.Kind;
import dev.gomedic.mod.semver.Semver;
import java.util.Comparator;
import java.util.List;

/**
 * Go's rules for module paths, import paths and file paths, major-version suffixes and module
 * versions, as {@code golang.org/x/mod/module} states them. See the package documentation.
 */
public final class ModulePath {
  private ModulePath() {}

  private static final String[] WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"
  };

  /** Go's module.Sort order: by path, then version (semver), then any "/go.mod"-style suffix. */
  public static final Comparator<ModuleVersion> ORDER = ModulePath::compareModules;

  /**
   * Checks a module path and version together (Go's {@code module.Check}).
   *
   * @throws InvalidPathException if the path is bad
   * @throws ModuleException if the version is not semver or does not match the path's major suffix
   */
  public static void check(String path, String version) {
    checkPath(path);
    if (!Semver.isValid(version)) {
      throw new ModuleException(
          path, "", new InvalidVersionException(version, "not a semantic version"));
    }
    String pathMajor = splitPathVersion(path).pathMajor();
    try {
      checkPathMajor(version, pathMajor);
    } catch (InvalidVersionException e) {
      throw new ModuleException(path, "", e);
    }
  }

  /** Checks a module path: an import path whose first element is a host-like name. */
  public static void checkPath(String path) {
    String reason = modulePathProblem(path);
    if (reason != null) {
      throw new InvalidPathException(Kind.MODULE, path, reason);
    }
  }

  /** Checks an import path (module path rules without the first-element rules, '+' allowed). */
  public static void checkImportPath(String path) {
    String reason = pathProblem(path, Kind.IMPORT);
    if (reason != null) {
      throw new InvalidPathException(Kind.IMPORT, path, reason);
    }
  }

  /** Checks a slash-separated file path inside a module zip (more characters allowed). */
  public static void checkFilePath(String path) {
    String reason = pathProblem(path, Kind.FILE);
    if (reason != null) {
      throw new InvalidPathException(Kind.FILE, path, reason);
    }
  }

  public static boolean isValidPath(String path) {
    return modulePathProblem(path) == null;
  }

  public static boolean isValidImportPath(String path) {
    return pathProblem(path, Kind.IMPORT) == null;
  }

  public static boolean isValidFilePath(String path) {
    return pathProblem(path, Kind.FILE) == null;
  }

  private static String modulePathProblem(String path) {
    String reason = pathProblem(path, Kind.MODULE);
    if (reason != null) {
      return reason;
    }
    int i = path.indexOf('/');
    if (i < 0) {
      i = path.length();
    }
    if (i == 0) {
      return "leading slash";
    }
    String first = path.substring(0, i);
    if (!first.contains(".")) {
      return "missing dot in first path element";
    }
    if (path.charAt(0) == '-') {
      return "leading dash in first path element";
    }
    for (int k = 0; k < first.length(); ) {
      int cp = first.codePointAt(k);
      k += Character.charCount(cp);
      if (!(cp == '-' || cp == '.' || (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z'))) {
        return "invalid char " + GoQuote.quoteRune(cp) + " in first path element";
      }
    }
    if (!splitPathVersion(path).ok()) {
      return "invalid version";
    }
    return null;
  }

  /** The reason the path breaks the rules common to all kinds, or null. */
  private static String pathProblem(String path, Kind kind) {
    if (!isValidUtf16(path)) {
      return "invalid UTF-8";
    }
    if (path.isEmpty()) {
      return "empty string";
    }
    if (path.charAt(0) == '-' && kind != Kind.FILE) {
      return "leading dash";
    }
    if (path.contains("//")) {
      return "double slash";
    }
    if (path.charAt(path.length() - 1) == '/') {
      return "trailing slash";
    }
    int start = 0;
    while (true) {
      int slash = path.indexOf('/', start);
      String elem = slash < 0 ? path.substring(start) : path.substring(start, slash);
      String reason = elementProblem(elem, kind);
      if (reason != null || slash < 0) {
        return reason;
      }
      start = slash + 1;
    }
  }

  /** The reason one path element (or a version, checked as a file name) is bad, or null. */
  static String elementProblem(String elem, Kind kind) {
    if (elem.isEmpty()) {
      return "empty path element";
    }
    if (elem.chars().allMatch(c -> c == '.')) {
      return "invalid path element " + GoQuote.quote(elem);
    }
    if (elem.charAt(0) == '.' && kind == Kind.MODULE) {
      return "leading dot in path element";
    }
    if (elem.charAt(elem.length() - 1) == '.') {
      return "trailing dot in path element";
    }
    for (int k = 0; k < elem.length(); ) {
      int cp = elem.codePointAt(k);
      k += Character.charCount(cp);
      boolean ok =
          switch (kind) {
            case MODULE -> modulePathChar(cp);
            case IMPORT -> modulePathChar(cp) || cp == '+';
            case FILE -> fileNameChar(cp);
          };
      if (!ok) {
        return "invalid char " + GoQuote.quoteRune(cp);
      }
    }
    int dot = elem.indexOf('.');
    String shortName = dot >= 0 ? elem.substring(0, dot) : elem;
    for (String bad : WINDOWS_RESERVED) {
      if (bad.equalsIgnoreCase(shortName) && isAscii(shortName)) {
        return GoQuote.quote(shortName) + " disallowed as path element component on Windows";
      }
    }
    if (kind == Kind.FILE) {
      return null;
    }
    int tilde = shortName.lastIndexOf('~');
    if (tilde >= 0 && tilde < shortName.length() - 1) {
      String suffix = shortName.substring(tilde + 1);
      if (suffix.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return "trailing tilde and digits in path element";
      }
    }
    return null;
  }

  private static boolean modulePathChar(int cp) {
    return cp == '-' || cp == '.' || cp == '_' || cp == '~'
        || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
  }

  private static boolean fileNameChar(int cp) {
    if (cp < 0x80) {
      return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
          || "!#$%&()+,-.=@[]^_{}~ ".indexOf(cp) >= 0;
    }
    return Character.isLetter(cp);
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 0x80);
  }

  /** A Java string holds valid UTF-8 when it has no unpaired surrogate. */
  static boolean isValidUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits a path into prefix and major-version suffix ("/v2", or ".v1" for gopkg.in). A path
   * without a suffix gives ({@code path}, "", true); a malformed suffix gives ({@code path}, "",
   * false).
   */
  public static PathSplit splitPathVersion(String path) {
    if (path.startsWith("gopkg.in/")) {
      return splitGopkgIn(path);
    }
    int i = path.length();
    boolean dot = false;
    while (i > 0 && (isDigit(path.charAt(i - 1)) || path.charAt(i - 1) == '.')) {
      if (path.charAt(i - 1) == '.') {
        dot = true;
      }
      i--;
    }
    if (i <= 1 || i == path.length() || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '/') {
      return new PathSplit(path, "", true);
    }
    String prefix = path.substring(0, i - 2);
    String pathMajor = path.substring(i - 2);
    if (dot || pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' || pathMajor.equals("/v1")) {
      return new PathSplit(path, "", false);
    }
    return new PathSplit(prefix, pathMajor, true);
  }

  private static PathSplit splitGopkgIn(String path) {
    int i = path.length();
    if (path.endsWith("-unstable")) {
      i -= "-unstable".length();
    }
    while (i > 0 && isDigit(path.charAt(i - 1))) {
      i--;
    }
    if (i <= 1 || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '.') {
      return new PathSplit(path, "", false);
    }
    String prefix = path.substring(0, i - 2);
    String pathMajor = path.substring(i - 2);
    if (pathMajor.length() <= 2 || (pathMajor.charAt(2) == '0' && !pathMajor.equals(".v0"))) {
      return new PathSplit(path, "", false);
    }
    return new PathSplit(prefix, pathMajor, true);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether version {@code v} may be used with a path whose major suffix is {@code pathMajor}. */
  public static boolean matchPathMajor(String v, String pathMajor) {
    return pathMajorProblem(v, pathMajor) == null;
  }

  /**
   * Checks that {@code v} fits the path-major suffix: "" allows v0, v1 and +incompatible; "/vN" and
   * ".vN" require major vN (gopkg.in ".v1" also takes old v0.0.0- pseudo-versions).
   *
   * @throws InvalidVersionException with Go's reason, e.g. {@code should be v2, not v1}
   */
  public static void checkPathMajor(String v, String pathMajor) {
    String reason = pathMajorProblem(v, pathMajor);
    if (reason != null) {
      throw new InvalidVersionException(v, reason);
    }
  }

  private static String pathMajorProblem(String v, String pathMajor) {
    if (pathMajor.startsWith(".v") && pathMajor.endsWith("-unstable")) {
      pathMajor = pathMajor.substring(0, pathMajor.length() - "-unstable".length());
    }
    if (v.startsWith("v0.0.0-") && pathMajor.equals(".v1")) {
      return null;
    }
    String m = Semver.major(v);
    String want;
    if (pathMajor.isEmpty()) {
      if (m.equals("v0") || m.equals("v1") || Semver.build(v).equals("+incompatible")) {
        return null;
      }
      want = "v0 or v1";
    } else if (pathMajor.charAt(0) == '/' || pathMajor.charAt(0) == '.') {
      if (m.equals(pathMajor.substring(1))) {
        return null;
      }
      want = pathMajor.substring(1);
    } else {
      want = pathMajor;
    }
    return "should be " + want + ", not " + m;
  }

  /**
   * The major version ("v2") a path-major suffix demands, "" for no suffix.
   *
   * @throws IllegalArgumentException where Go panics: no leading '/' or '.', or not a major version
   */
  public static String pathMajorPrefix(String pathMajor) {
    if (pathMajor.isEmpty()) {
      return "";
    }
    if (pathMajor.charAt(0) != '/' && pathMajor.charAt(0) != '.') {
      throw new IllegalArgumentException(
          "pathMajor suffix " + pathMajor + " passed to PathMajorPrefix lacks separator");
    }
    if (pathMajor.startsWith(".v") && pathMajor.endsWith("-unstable")) {
      pathMajor = pathMajor.substring(0, pathMajor.length() - "-unstable".length());
    }
    String m = pathMajor.substring(1);
    if (!m.equals(Semver.major(m))) {
      throw new IllegalArgumentException(
          "pathMajor suffix " + pathMajor + "passed to PathMajorPrefix is not a valid major version");
    }
    return m;
  }

  /** Semver's canonical form, keeping a "+incompatible" build suffix ("" when invalid). */
  public static String canonicalVersion(String v) {
    String cv = Semver.canonical(v);
    if (Semver.build(v).equals("+incompatible")) {
      cv += "+incompatible";
    }
    return cv;
  }

  /** Sorts in place in {@link #ORDER} (Go's module.Sort). */
  public static void sort(List<ModuleVersion> list) {
    list.sort(ORDER);
  }

  private static int compareModules(ModuleVersion a, ModuleVersion b) {
    if (!a.path().equals(b.path())) {
      return compareBytes(a.path(), b.path());
    }
    String vi = a.version();
    String vj = b.version();
    String fi = "";
    String fj = "";
    int k = vi.indexOf('/');
    if (k >= 0) {
      fi = vi.substring(k);
      vi = vi.substring(0, k);
    }
    k = vj.indexOf('/');
    if (k >= 0) {
      fj = vj.substring(k);
      vj = vj.substring(0, k);
    }
    if (!vi.equals(vj)) {
      return Semver.compare(vi, vj);
    }
    return compareBytes(fi, fj);
  }

  static int compareBytes(String a, String b) {
    return Integer.signum(
        java.util.Arrays.compareUnsigned(
            a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Escapes a module path for proxy URLs and the cache: each upper-case letter becomes '!' + lower. */
  public static String escapePath(String path) {
    checkPath(path);
    return Escaping.escape(path);
  }

  /**
   * Escapes a version like {@link #escapePath}.
   *
   * @throws InvalidVersionException {@code disallowed version string} for versions that are not
   *     valid file names or contain '!'
   */
  public static String escapeVersion(String v) {
    if (elementProblem(v, Kind.FILE) != null || v.contains("!")) {
      throw new InvalidVersionException(v, "disallowed version string");
    }
    return Escaping.escape(v);
  }

  /** Reverses {@link #escapePath}, checking that the result is a valid module path. */
  public static String unescapePath(String escaped) {
    String path = Escaping.unescape(escaped);
    if (path == null) {
      throw new InvalidEscapeException(
          escaped, "invalid escaped module path " + GoQuote.quote(escaped));
    }
    String reason = modulePathProblem(path);
    if (reason != null) {
      throw new InvalidEscapeException(
          escaped,
          "invalid escaped module path " + GoQuote.quote(escaped) + ": "
              + new InvalidPathException(Kind.MODULE, path, reason).getMessage());
    }
    return path;
  }

  /** Reverses {@link #escapeVersion}, checking that the result is a valid file name. */
  public static String unescapeVersion(String escaped) {
    String v = Escaping.unescape(escaped);
    if (v == null) {
      throw new InvalidEscapeException(escaped, "invalid escaped version " + GoQuote.quote(escaped));
    }
    String reason = elementProblem(v, Kind.FILE);
    if (reason != null) {
      // Go quotes the decoded version here, not the escaped one.
      throw new InvalidEscapeException(
          escaped, "invalid escaped version " + GoQuote.quote(v) + ": " + reason);
    }
    return v;
  }
}
