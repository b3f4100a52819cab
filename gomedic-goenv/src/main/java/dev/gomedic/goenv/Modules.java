package dev.gomedic.goenv;

import dev.gomedic.goenv.EnvProblem.Kind;
import dev.gomedic.goenv.Provenance.Default;
import dev.gomedic.goenv.Provenance.Derived;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.host.SearchPath;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GOMOD and GOWORK as {@code go env} computes them (cmd/go's modload.Init and InitWorkfile): module mode from
 * GO111MODULE, the go.mod search upwards from the working directory, {@code /dev/null} (NUL on Windows) when
 * module mode is on without a go.mod, the go.work search or the GOWORK variable.
 *
 * <p>{@code -modfile} in GOFLAGS does not affect {@code go env}: the env command has no -modfile flag, and the
 * go command applies only the GOFLAGS its command defines.
 */
final class Modules {
  private Modules() {}

  static void resolve(Host host, GoVersion v, Lookup lookup, Map<String, EnvVar> vars, Set<EnvProblem> problems) {
    String devNull = host.os() == GoOs.WINDOWS ? "NUL" : "/dev/null";
    Path wd = host.workingDir();
    String g111 = lookup.value("GO111MODULE");
    boolean must;
    boolean off = false;
    switch (g111) {
      case "auto" -> must = false;
      case "on" -> must = true;
      case "" -> must = VersionRules.modulesDefaultOn(v);
      case "off" -> {
        must = false;
        off = true;
      }
      default -> {
        problems.add(new EnvProblem(Kind.GO_FAILS, "GO111MODULE",
            "go: unknown environment setting GO111MODULE=" + g111));
        must = true;
      }
    }
    EnvVar gomod;
    if (off) {
      gomod = new EnvVar("GOMOD", "", new Derived("GO111MODULE=off (GOPATH mode)"));
    } else {
      Optional<Path> root = findUp(wd, "go.mod");
      String tmp = host.tempDir();
      if (root.isPresent() && root.get().toString().equals(FilePaths.clean(tmp, host.os() == GoOs.WINDOWS))) {
        problems.add(new EnvProblem(Kind.GO_WARNS, "GOMOD",
            "go: warning: ignoring go.mod in system temp root " + tmp));
        root = Optional.empty();
      }
      if (root.isPresent()) {
        gomod = new EnvVar("GOMOD", root.get().resolve("go.mod").toString(),
            new Derived("go.mod found from " + wd + " upwards"));
        gopathGoMod(host, vars, problems);
      } else if (must) {
        gomod = new EnvVar("GOMOD", devNull, new Derived(
            "module mode on (GO111MODULE=" + g111 + ") with no go.mod from " + wd + " upwards"));
        gopathGoMod(host, vars, problems);
      } else {
        gomod = new EnvVar("GOMOD", "", new Derived("GO111MODULE=auto with no go.mod: GOPATH mode"));
      }
    }
    vars.put("GOMOD", gomod);

    String gowork = lookup.value("GOWORK");
    EnvVar work;
    if (gowork.equals("off")) {
      work = from(lookup, "GOWORK");
    } else if (gowork.isEmpty() || gowork.equals("auto")) {
      String goroot = vars.get("GOROOT").value();
      work = findWork(wd, goroot).map(p -> new EnvVar("GOWORK", p.toString(),
              new Derived("go.work found from " + wd + " upwards")))
          .orElseGet(() -> new EnvVar("GOWORK", "", new Default("no go.work")));
    } else {
      if (!FilePaths.isAbs(gowork, host.os() == GoOs.WINDOWS)) {
        problems.add(new EnvProblem(Kind.GO_FAILS, "GOWORK",
            "go: the path provided to GOWORK must be an absolute path"));
      }
      work = from(lookup, "GOWORK");
    }
    vars.put("GOWORK", work);
  }

  private static EnvVar from(Lookup lookup, String name) {
    Lookup.Found f = lookup.get(name).orElseThrow();
    return new EnvVar(name, f.value(), f.provenance(), f.shadowedFileValue());
  }

  private static void gopathGoMod(Host host, Map<String, EnvVar> vars, Set<EnvProblem> problems) {
    EnvVar gp = vars.get("GOPATH");
    if (gp == null) {
      return;
    }
    List<String> list = SearchPath.split(gp.value(), host.os());
    if (list.isEmpty() || list.get(0).isEmpty()) {
      return;
    }
    try {
      if (Files.exists(host.workingDir().resolve(host.path(list.get(0))).resolve("go.mod"))) {
        problems.add(new EnvProblem(Kind.GO_FAILS, "GOPATH", "$GOPATH/go.mod exists but should not"));
      }
    } catch (InvalidPathException e) {
      // an unusable GOPATH is reported elsewhere
    }
  }

  private static Optional<Path> findUp(Path dir, String name) {
    for (Path d = dir; d != null; d = d.getParent()) {
      Path f = d.resolve(name);
      if (Files.exists(f) && !Files.isDirectory(f)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> findWork(Path dir, String goroot) {
    for (Path d = dir; d != null; d = d.getParent()) {
      Path f = d.resolve("go.work");
      if (Files.exists(f) && !Files.isDirectory(f)) {
        return Optional.of(f);
      }
      Path parent = d.getParent();
      if (parent != null && parent.toString().equals(goroot)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
