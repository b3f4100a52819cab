package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Group;
import dev.gomedic.host.GoOs;
import dev.gomedic.doctor.Severity;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** GO_NOT_FOUND, GO_NOT_EXECUTABLE, GO_SHADOWED and GOBIN_NOT_ON_PATH. */
final class InstallChecks {
  private InstallChecks() {}

  static List<String> wellKnown(GoOs os) {
    return switch (os) {
      case WINDOWS -> List.of("C:\\Program Files\\Go\\bin\\go.exe", "C:\\Go\\bin\\go.exe");
      case DARWIN -> List.of("/usr/local/go/bin/go", "/opt/homebrew/bin/go", "/usr/local/bin/go");
      default -> List.of("/usr/local/go/bin/go", "/usr/lib/go/bin/go", "/snap/bin/go", "/usr/bin/go");
    };
  }

  /** Debian's /usr/lib/go-1.N and golang.org/dl's ~/sdk/go1.N.P installs. */
  static List<String> versioned(DoctorContext ctx) {
    List<String> out = new ArrayList<>();
    List<Path> parents = new ArrayList<>();
    if (ctx.os() != GoOs.WINDOWS) {
      parents.add(ctx.path("/usr/lib"));
    }
    ctx.osEnv(ctx.os() == GoOs.WINDOWS ? "USERPROFILE" : "HOME").filter(h -> !h.isEmpty()).ifPresent(h -> parents.add(ctx.path(h, "sdk")));
    String exe = ctx.os() == GoOs.WINDOWS ? "go.exe" : "go";
    for (Path parent : parents) {
      try (java.util.stream.Stream<Path> s = Files.list(parent)) {
        s.filter(d -> d.getFileName().toString().startsWith("go")).sorted().limit(50)
            .map(d -> d.resolve("bin").resolve(exe)).filter(Files::isRegularFile).forEach(p -> out.add(p.toString()));
      } catch (java.io.IOException | RuntimeException e) {
        // no such directory
      }
    }
    return out;
  }

  static final class NotFound extends BaseCheck {
    NotFound() {
      super("GO_NOT_FOUND", Severity.ERROR, Group.TOOLCHAIN, "no go on PATH");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      if (ctx.selectedGo().isPresent()) {
        return List.of();
      }
      List<Evidence> ev = new ArrayList<>();
      for (String d : new LinkedHashSet<>(GoPaths.pathDirs(ctx))) {
        ev.add(new Evidence("PATH", d, "no go here"));
      }
      String found = null;
      List<String> candidates = new ArrayList<>(wellKnown(ctx.os()));
      candidates.addAll(versioned(ctx));
      for (String w : candidates) {
        try {
          if (Files.isRegularFile(ctx.path(w))) {
            ev.add(new Evidence("installed", w, "not on PATH"));
            found = found == null ? w : found;
          }
        } catch (RuntimeException e) {
          // not a path here
        }
      }
      List<Fix> fixes = new ArrayList<>();
      if (found != null) {
        Path bin = ctx.path(found).getParent();
        fixes.add(Fix.addToPath("put the installed go on PATH", bin.toString(), true));
      }
      fixes.add(Fix.everywhere("or install Go", "gomedic toolchain install"));
      return List.of(finding(
          "No directory on PATH holds a go executable, so the shell answers \"go: command not found\". Either Go is"
              + " not installed, or the profile that adds its bin directory to PATH is not read by this shell.",
          ev, fixes));
    }
  }

  static final class NotExecutable extends BaseCheck {
    NotExecutable() {
      super("GO_NOT_EXECUTABLE", Severity.ERROR, Group.TOOLCHAIN, "the go on PATH cannot be run or is not Go");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      Optional<GoInstall> go = ctx.selectedGo();
      if (go.isEmpty()) {
        return List.of();
      }
      Path p = go.get().binary();
      String problem = null;
      if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        problem = "dangling symbolic link";
      } else if (!Files.isRegularFile(p)) {
        problem = "not a regular file";
      } else if (ctx.os() != GoOs.WINDOWS && !executable(p)) {
        problem = "no execute permission";
      }
      if (problem == null) {
        Optional<String> other = GoCommandIdentity.notTheGoCommand(p);
        if (other.isEmpty()) {
          return List.of();
        }
        return List.of(finding(
            "The first go on PATH is a file that runs but is not the Go command (" + other.get() + "), so `go build`"
                + " and every other go command do something else or fail with a message that is not go's.",
            List.of(new Evidence("go", p.toString(), other.get())),
            List.of(Fix.everywhere("see what it is, then rename or remove it (or put the real Go's bin directory"
                + " before its directory on PATH)", "file " + p))));
      }
      return List.of(finding(
          "The first go on PATH exists but cannot be started (" + problem + "), so the shell fails with \"permission"
              + " denied\" or \"no such file or directory\" although the file is listed.",
          List.of(new Evidence("go", p.toString(), problem)),
          List.of(Fix.everywhere("remove the broken entry and reinstall Go", "rm " + p))));
    }
  }

  /** Any execute bit set (read from POSIX attributes where the file system has them, so fakes work too). */
  static boolean executable(Path p) {
    try {
      return Files.getPosixFilePermissions(p).stream().anyMatch(x -> x.name().endsWith("EXECUTE"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      return Files.isExecutable(p);
    }
  }

  static final class Shadowed extends BaseCheck {
    Shadowed() {
      super("GO_SHADOWED", Severity.WARNING, Group.TOOLCHAIN, "several go on PATH with different versions");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      List<GoInstall> all = ctx.goOnPath();
      Set<String> versions = new LinkedHashSet<>();
      all.forEach(g -> g.version().ifPresent(versions::add));
      if (all.size() < 2 || versions.size() < 2) {
        return List.of();
      }
      List<Evidence> ev = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        GoInstall g = all.get(i);
        ev.add(new Evidence("go", g.binary().toString(), g.version().orElse("unknown version") + (i == 0 ? ", wins: first on PATH" : ", shadowed")));
      }
      return List.of(finding(
          "The shell runs the first go found on PATH; the others are shadowed. With several Go versions installed"
              + " the one that wins depends on PATH order, which differs between shells, IDEs and CI.",
          ev, List.of(listAll("remove the install you do not want, or reorder PATH in your profile"))));
    }
  }

  /** Lists every go on PATH, in PATH order, in each shell's own words. */
  static Fix listAll(String summary) {
    java.util.Map<dev.gomedic.doctor.Shell, String> m = new java.util.EnumMap<>(dev.gomedic.doctor.Shell.class);
    m.put(dev.gomedic.doctor.Shell.POSIX, "which -a go");
    m.put(dev.gomedic.doctor.Shell.FISH, "type -a go");
    m.put(dev.gomedic.doctor.Shell.POWERSHELL, "Get-Command go -All");
    m.put(dev.gomedic.doctor.Shell.CMD, "where go");
    return new Fix(summary, m, List.of());
  }

  static final class GobinNotOnPath extends BaseCheck {
    GobinNotOnPath() {
      super("GOBIN_NOT_ON_PATH", Severity.WARNING, Group.TOOLCHAIN, "go install puts tools outside PATH");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      String gobin = ctx.goEnv("GOBIN").value();
      List<String> gp = GoPaths.gopathEntries(ctx);
      if (gobin.isEmpty() && gp.isEmpty()) {
        return List.of();
      }
      Path dir = gobin.isEmpty() ? ctx.path(gp.get(0), "bin") : ctx.path(gobin);
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        return List.of();
      }
      Path norm = GoPaths.norm(ctx, dir.toString());
      for (String d : GoPaths.pathDirs(ctx)) {
        try {
          if (GoPaths.norm(ctx, d).equals(norm)) {
            return List.of();
          }
        } catch (RuntimeException e) {
          // skip
        }
      }
      return List.of(finding(
          "go install writes commands to " + dir + ", which is not on PATH, so tools you install (gopls, dlv,"
              + " golangci-lint) answer \"command not found\".",
          List.of(new Evidence(gobin.isEmpty() ? "GOPATH/bin" : "GOBIN", dir.toString(), "not on PATH")),
          List.of(Fix.addToPath("add it to PATH", dir.toString(), false))));
    }
  }
}
