package dev.gomedic.discovery;

import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds installed go commands: every {@code go} on PATH in order, then the well-known install locations (see
 * {@link WellKnown}), each with its version and its own GOROOT.
 *
 * <p>A toolchain's GOROOT is derived as the go command does when GOROOT is unset: the directory two levels
 * above the executable if it holds {@code pkg/tool}; otherwise the same above the executable with symlinks
 * resolved; otherwise the GOROOT baked into the binary. Its version is the first line of
 * {@code $GOROOT/VERSION}, else what the binary says, else unknown.
 */
public final class Discovery {
  private final Host host;
  private final GoBinaryReader reader;
  private final Set<DiscoveryProblem> problems = new LinkedHashSet<>();

  private Discovery(Host host, GoBinaryReader reader) {
    this.host = host;
    this.reader = reader;
  }

  /** Looks for every toolchain on the host. Never throws for bad input; problems are listed once each. */
  public static Discovered discover(Host host, GoBinaryReader reader) {
    Discovery d = new Discovery(host, reader);
    Map<Path, Toolchain> byResolved = new LinkedHashMap<>();
    d.checkDanglingLinks();
    List<Path> onPath = host.lookPathAll("go");
    for (int i = 0; i < onPath.size(); i++) {
      Toolchain t = d.inspect(onPath.get(i), "PATH", i);
      byResolved.merge(t.resolved(), t, (old, dup) -> old.withAlias(dup.executable()));
    }
    for (WellKnown.Location loc : WellKnown.locations(host)) {
      for (Path goroot : d.expand(loc.pattern())) {
        Path exe = goroot.resolve("bin").resolve("go" + host.os().exeSuffix());
        if (!Files.isRegularFile(exe)) {
          continue;
        }
        Toolchain t = d.inspect(exe, loc.label(), -1);
        byResolved.merge(t.resolved(), t,
            (old, dup) -> old.executable().equals(dup.executable()) || old.aliases().contains(dup.executable())
                ? old : old.withAlias(dup.executable()));
      }
    }
    return new Discovered(new ArrayList<>(byResolved.values()), new ArrayList<>(d.problems));
  }

  /** A {@code go} on PATH that is a symlink going nowhere (loop or missing target) is reported once. */
  private void checkDanglingLinks() {
    for (String entry : host.searchPath().entries()) {
      try {
        Path dir = host.workingDir().resolve(host.path(entry.isEmpty() ? "." : entry));
        Path go = dir.resolve("go" + host.os().exeSuffix());
        if (Files.isSymbolicLink(go) && !Files.exists(go)) {
          realPath(go);
        }
      } catch (InvalidPathException | SecurityException e) {
        // reported by the host's PATH check
      }
    }
  }

  /** Describes one go executable (e.g. the one given with {@code --go}). */
  public static Toolchain inspect(Host host, Path executable, GoBinaryReader reader, List<DiscoveryProblem> sink) {
    Discovery d = new Discovery(host, reader);
    Toolchain t = d.inspect(executable, "given", -1);
    sink.addAll(d.problems);
    return t;
  }

  private Toolchain inspect(Path exe, String location, int pathIndex) {
    Path abs = host.workingDir().resolve(exe).normalize();
    Path resolved = realPath(abs).orElse(abs);
    Optional<GoBinaryReader.Facts> facts = Optional.empty();
    boolean factsRead = false;
    Optional<Path> goroot = Optional.empty();
    // os.Executable is already symlink-resolved on Linux (/proc/self/exe); elsewhere it is the path as run.
    List<Path> candidates = host.os() == GoOs.LINUX ? List.of(resolved) : List.of(abs, resolved);
    for (Path candidate : candidates) {
      Path dir = parentOfParent(candidate);
      if (dir != null && isGoroot(dir)) {
        goroot = Optional.of(dir);
        break;
      }
      // A cross-compiled go lives in GOROOT/bin/GOOS_GOARCH (newer go commands look there too).
      Path parent = candidate.getParent();
      if (dir != null && parent.getFileName() != null
          && parent.getFileName().toString().matches("[a-z0-9]+_[a-z0-9]+")
          && dir.getFileName() != null && dir.getFileName().toString().equals("bin")
          && dir.getParent() != null && isGoroot(dir.getParent())) {
        goroot = Optional.of(dir.getParent());
        break;
      }
    }
    Toolchain.GorootSource gorootSource = Toolchain.GorootSource.LOCATION;
    if (goroot.isEmpty()) {
      facts = reader.read(resolved);
      factsRead = true;
      goroot = facts.flatMap(GoBinaryReader.Facts::defaultGoroot).flatMap(this::hostPath);
      gorootSource = goroot.isPresent() ? Toolchain.GorootSource.BUILT_IN
          : facts.filter(GoBinaryReader.Facts::trimmed).isPresent() ? Toolchain.GorootSource.TRIMMED
          : Toolchain.GorootSource.UNKNOWN;
    }
    Optional<String> version = goroot.flatMap(this::versionFile);
    String source = "VERSION file";
    if (version.isEmpty()) {
      if (!factsRead) {
        facts = reader.read(resolved);
      }
      version = facts.map(GoBinaryReader.Facts::goVersion);
      source = version.isPresent() ? "binary" : "unknown";
    }
    return new Toolchain(abs, resolved, version, source, goroot, location, pathIndex, List.of(), gorootSource);
  }

  /** A baked GOROOT as a path on this host; one this file system cannot spell (a Windows path here) is dropped. */
  private Optional<Path> hostPath(String s) {
    try {
      return Optional.of(host.path(s));
    } catch (java.nio.file.InvalidPathException e) {
      problems.add(new DiscoveryProblem(s, "built-in GOROOT is not a valid path on this host"));
      return Optional.empty();
    }
  }

  /** The path with symlinks resolved; a loop or dangling link is reported once and gives empty. */
  Optional<Path> realPath(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (NoSuchFileException e) {
      problems.add(new DiscoveryProblem(p.toString(), "broken symbolic link"));
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      problems.add(new DiscoveryProblem(p.toString(),
          reason.toLowerCase().contains("loop") || reason.toLowerCase().contains("levels")
              ? "too many levels of symbolic links" : "cannot resolve: " + reason));
    } catch (IOException | SecurityException e) {
      problems.add(new DiscoveryProblem(p.toString(), "cannot resolve: " + e.getMessage()));
    }
    return Optional.empty();
  }

  private static Path parentOfParent(Path p) {
    Path parent = p.getParent();
    return parent == null ? null : parent.getParent();
  }

  /** Go's isGOROOT: the directory has a {@code pkg/tool} directory. */
  static boolean isGoroot(Path dir) {
    return Files.isDirectory(dir.resolve("pkg").resolve("tool"));
  }

  private Optional<String> versionFile(Path goroot) {
    Path f = goroot.resolve("VERSION");
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(f)) {
      byte[] head = in.readNBytes(256);
      String s = new String(head, StandardCharsets.UTF_8);
      int nl = s.indexOf('\n');
      String first = (nl >= 0 ? s.substring(0, nl) : s).trim();
      if (first.startsWith("go") || first.startsWith("devel")) {
        return Optional.of(first);
      }
      problems.add(new DiscoveryProblem(f.toString(), "VERSION file does not start with a Go version"));
    } catch (IOException e) {
      problems.add(new DiscoveryProblem(f.toString(), "cannot read: " + e.getMessage()));
    }
    return Optional.empty();
  }

  /**
   * Expands a pattern whose segments may end in {@code *} (prefix match), in name order. Split as a string,
   * since {@code *} is not a legal path character on Windows.
   */
  private List<Path> expand(String pattern) {
    String sepRegex = host.os() == GoOs.WINDOWS ? "[\\\\/]" : "/";
    String[] segs = pattern.split(sepRegex);
    int firstGlob = 0;
    while (firstGlob < segs.length && !segs[firstGlob].endsWith("*")) {
      firstGlob++;
    }
    String sep = host.fileSystem().getSeparator();
    String fixed = String.join(sep, java.util.Arrays.copyOfRange(segs, 0, firstGlob));
    List<Path> current = new ArrayList<>();
    try {
      current.add(host.path(fixed.isEmpty() ? sep : fixed));
    } catch (InvalidPathException e) {
      return current;
    }
    for (int i = firstGlob; i < segs.length; i++) {
      String s = segs[i];
      List<Path> next = new ArrayList<>();
      for (Path base : current) {
        if (!s.endsWith("*")) {
          try {
            next.add(base.resolve(s));
          } catch (InvalidPathException e) {
            // not a legal name here
          }
          continue;
        }
        String prefix = s.substring(0, s.length() - 1);
        if (!Files.isDirectory(base)) {
          continue;
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
          for (Path child : ds) {
            if (child.getFileName().toString().startsWith(prefix) && matches.size() < 1000) {
              matches.add(child);
            }
          }
        } catch (IOException | SecurityException e) {
          problems.add(new DiscoveryProblem(base.toString(), "cannot list: " + e.getMessage()));
        }
        matches.sort(null);
        next.addAll(matches);
      }
      current = next;
    }
    return current;
  }

  static boolean windows(Host host) {
    return host.os() == GoOs.WINDOWS;
  }
}
