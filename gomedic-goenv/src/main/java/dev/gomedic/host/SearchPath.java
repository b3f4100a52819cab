package dev.gomedic.host;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PATH split by the host's rules (Go's {@code filepath.SplitList}: {@code :} on Unix; {@code ;} on Windows,
 * where double quotes group a part and are removed), and lookup of commands in it (Go's
 * {@code exec.LookPath}: an empty entry means the working directory; on Windows each PATHEXT extension is
 * tried, default {@code .com;.exe;.bat;.cmd}).
 *
 * @param entries the raw entries in order, after quote removal
 * @param problems what was odd about them (empty entries, quotes left in Unix entries, relative entries,
 *     unreadable or missing directories), one each
 */
public record SearchPath(List<String> entries, List<HostProblem> problems) {
  public SearchPath {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  static SearchPath parse(Host host) {
    String raw = host.getenv(host.os() == GoOs.WINDOWS ? "Path" : "PATH").orElse("");
    List<String> entries = split(raw, host.os());
    Set<HostProblem> problems = new LinkedHashSet<>();
    for (String e : entries) {
      if (e.isEmpty()) {
        problems.add(new HostProblem(HostProblem.Kind.PATH_EMPTY_ENTRY, "PATH",
            "empty entry: searches the working directory"));
        continue;
      }
      if (e.indexOf('"') >= 0 || e.indexOf('\'') >= 0) {
        problems.add(new HostProblem(HostProblem.Kind.PATH_QUOTED_ENTRY, e,
            "PATH entry contains quotes, which are part of the directory name"));
      }
      Path dir;
      try {
        dir = host.path(e);
      } catch (InvalidPathException ex) {
        problems.add(new HostProblem(HostProblem.Kind.UNREADABLE_DIRECTORY, e, "not a valid path"));
        continue;
      }
      if (!dir.isAbsolute()) {
        problems.add(new HostProblem(HostProblem.Kind.PATH_RELATIVE_ENTRY, e,
            "relative PATH entry: depends on the working directory"));
      }
      Path abs = host.workingDir().resolve(dir);
      if (Files.exists(abs) && !Files.isDirectory(abs)) {
        problems.add(new HostProblem(HostProblem.Kind.NOT_A_DIRECTORY, e, "PATH entry is not a directory"));
      } else if (Files.isDirectory(abs) && !Files.isReadable(abs)) {
        problems.add(new HostProblem(HostProblem.Kind.UNREADABLE_DIRECTORY, e, "permission denied"));
      }
    }
    return new SearchPath(entries, new ArrayList<>(problems));
  }

  /** Go's {@code filepath.SplitList} for the given OS. An empty list gives no entries. */
  public static List<String> split(String list, GoOs os) {
    List<String> out = new ArrayList<>();
    if (list.isEmpty()) {
      return out;
    }
    if (os != GoOs.WINDOWS) {
      int start = 0;
      for (int i = 0; i <= list.length(); i++) {
        if (i == list.length() || list.charAt(i) == ':') {
          out.add(list.substring(start, i));
          start = i + 1;
        }
      }
      return out;
    }
    boolean quoted = false;
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  List<Path> lookAll(Host host, String command) {
    List<String> names = new ArrayList<>();
    if (host.os() == GoOs.WINDOWS) {
      String lower = command.toLowerCase(Locale.ROOT);
      List<String> exts = pathExt(host);
      boolean hasExt = exts.stream().anyMatch(lower::endsWith);
      if (hasExt) {
        names.add(command);
      }
      for (String ext : exts) {
        names.add(command + ext);
      }
    } else {
      names.add(command);
    }
    List<Path> found = new ArrayList<>();
    for (String e : entries) {
      Path dir;
      try {
        dir = host.workingDir().resolve(host.path(e.isEmpty() ? "." : e));
      } catch (InvalidPathException ex) {
        continue;
      }
      for (String n : names) {
        Path candidate;
        try {
          candidate = dir.resolve(n);
        } catch (InvalidPathException ex) {
          continue;
        }
        if (Executables.isExecutable(host, candidate)) {
          found.add(candidate.normalize());
          break;
        }
      }
    }
    return found;
  }

  /** The PATHEXT extensions, lower-case, each starting with a dot; Go's default when unset. */
  static List<String> pathExt(Host host) {
    String v = host.getenv("PATHEXT").orElse("");
    List<String> exts = new ArrayList<>();
    for (String e : v.toLowerCase(Locale.ROOT).split(";")) {
      if (e.isEmpty()) {
        continue;
      }
      exts.add(e.startsWith(".") ? e : "." + e);
    }
    return exts.isEmpty() ? List.of(".com", ".exe", ".bat", ".cmd") : exts;
  }
}
