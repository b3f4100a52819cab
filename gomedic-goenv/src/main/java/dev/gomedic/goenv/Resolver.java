package dev.gomedic.goenv;

import dev.gomedic.discovery.Toolchain;
import dev.gomedic.goenv.EnvProblem.Kind;
import dev.gomedic.goenv.Provenance.Default;
import dev.gomedic.goenv.Provenance.Derived;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.host.SearchPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes what {@code go env} prints for a toolchain on a host, without running go. See the package
 * documentation for the precedence and derivation rules.
 */
public final class Resolver {
  private final Host host;
  private final Toolchain toolchain;
  private final GoVersion version;
  private final Set<EnvProblem> problems = new LinkedHashSet<>();
  private final Map<String, EnvVar> vars = new LinkedHashMap<>();
  private Lookup lookup;

  private Resolver(Host host, Toolchain toolchain, GoVersion version) {
    this.host = host;
    this.toolchain = toolchain;
    this.version = version;
  }

  /**
   * Resolves the environment of {@code toolchain} on {@code host} (whose working directory is the directory
   * go would run in). Never throws for bad input: problems are in the result.
   */
  public static Resolution resolve(Host host, Toolchain toolchain) {
    Optional<GoVersion> parsed = toolchain.version().flatMap(GoVersion::parse);
    if (parsed.isEmpty()) {
      Optional<GoVersion> guess = versionFromGorootVariable(host);
      if (guess.isPresent()) {
        Resolver r = new Resolver(host, toolchain, guess.get());
        r.problems.add(new EnvProblem(Kind.UNCERTAIN, toolchain.executable().toString(),
            toolchain.executable() + ": Go version unknown (no GOROOT of its own); assuming "
                + guess.get().raw() + " from $GOROOT/VERSION"));
        return r.run();
      }
    }
    GoVersion v = parsed.orElse(new GoVersion(toolchain.versionOrUnknown(), 19));
    Resolver r = new Resolver(host, toolchain, v);
    if (parsed.isEmpty()) {
      r.problems.add(new EnvProblem(Kind.UNCERTAIN, toolchain.executable().toString(),
          toolchain.executable() + ": Go version unknown; applying Go 1.19's rules"));
    } else if (v.minor() < VersionRules.OLDEST) {
      r.problems.add(new EnvProblem(Kind.UNCERTAIN, v.raw(),
          v.raw() + ": older than go1." + VersionRules.OLDEST + "; applying go1." + VersionRules.OLDEST
              + "'s rules"));
    }
    return r.run();
  }

  /** The version in $GOROOT/VERSION when GOROOT is set in the OS environment. */
  private static Optional<GoVersion> versionFromGorootVariable(Host host) {
    Optional<String> g = host.getenv("GOROOT");
    if (g.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path f = host.workingDir().resolve(host.path(g.get())).resolve("VERSION");
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(f)) {
        String s = new String(in.readNBytes(256), StandardCharsets.UTF_8);
        return GoVersion.parse(s.lines().findFirst().orElse("").trim());
      }
    } catch (IOException | InvalidPathException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The exit status of the checks cmd/go's main makes before running any command (GOROOT, GOPATH). */
  private static final int MAIN_EXIT = 2;

  private Resolution run() {
    for (var p : host.searchPath().problems()) {
      problems.add(new EnvProblem(Kind.HOST, p.subject(), p.toString()));
    }
    String envFile = envFilePath();
    GoEnvFile file = readEnvFile(envFile, "go env file");
    lookup = new Lookup(host, file, null);
    // GOROOT first: $GOROOT/go.env depends on it and cannot set it.
    EnvVar goroot = goroot();
    GoEnvFile gorootEnv = null;
    if (VersionRules.gorootGoEnv(version) && !goroot.value().isEmpty()) {
      gorootEnv = readEnvFile(join(goroot.value(), "go.env"), "GOROOT go.env");
    }
    lookup = new Lookup(host, file, gorootEnv);
    for (String name : List.copyOf(file == null ? List.<String>of() : file.values().keySet())) {
      lookup.get(name).flatMap(Lookup.Found::shadowedFileValue).ifPresent(fv -> problems.add(
          new EnvProblem(Kind.SHADOWED, name, name + ": the go env file " + envFile + " sets " + name + "="
              + fv + ", but the OS environment's value wins (go env -w has no effect)")));
    }

    String goos = lookup.get("GOOS").map(Lookup.Found::value).orElse(host.os().goName());
    String goarch = lookup.get("GOARCH").map(Lookup.Found::value).orElse(host.arch());
    put(lookup.plain("GO111MODULE"));
    put(lookup.orDefault("GOARCH", host.arch(), new Default("host architecture")));
    put(lookup.orDefault("GOAUTH", "netrc", new Default("")));
    put(lookup.plain("GOBIN"));
    put(gocache());
    put(new EnvVar("GODEBUG", host.getenv("GODEBUG").orElse(""),
        host.getenv("GODEBUG").isPresent() ? new Provenance.OsEnv() : new Default("unset")));
    put(new EnvVar("GOENV", envFile, host.getenv("GOENV").isPresent() ? new Provenance.OsEnv()
        : new Derived("os.UserConfigDir")));
    put(new EnvVar("GOEXE", goos.equals("windows") ? ".exe" : "", new Derived("GOOS")));
    put(lookup.plain("GOEXPERIMENT"));
    put(lookup.orDefault("GOFIPS140", "off", new Default("")));
    put(lookup.plain("GOFLAGS"));
    put(new EnvVar("GOHOSTARCH", host.arch(), new Derived("the go binary")));
    put(new EnvVar("GOHOSTOS", host.os().goName(), new Derived("the go binary")));
    put(lookup.plain("GOINSECURE"));
    put(lookup.orDefault("GOOS", host.os().goName(), new Default("host OS")));
    put(goroot);
    gopath(goroot.value());
    put(lookup.plain("GOPRIVATE"));
    String privateValue = vars.get("GOPRIVATE").value();
    put(lookup.orDefault("GONOPROXY", privateValue, new Derived("GOPRIVATE")));
    put(lookup.orDefault("GONOSUMDB", privateValue, new Derived("GOPRIVATE")));
    boolean goEnvDefaults = VersionRules.gorootGoEnv(version);
    put(lookup.orDefault("GOPROXY", goEnvDefaults ? "" : "https://proxy.golang.org,direct", new Default("")));
    put(lookup.orDefault("GOSUMDB", goEnvDefaults ? "" : "sum.golang.org", new Default("")));
    telemetry();
    put(lookup.plain("GOTMPDIR"));
    put(lookup.plain("GOTOOLCHAIN"));
    put(new EnvVar("GOTOOLDIR", goroot.value().isEmpty() ? ""
        : join(goroot.value(), "pkg", "tool", host.os().goName() + "_" + host.arch()), new Derived("GOROOT")));
    put(lookup.plain("GOVCS"));
    put(new EnvVar("GOVERSION", version.raw(), new Derived(
        "the toolchain (" + toolchain.versionSource() + ")")));
    gccgo();
    String[] arch = VersionRules.archVar(version, goarch);
    if (!arch[0].isEmpty()) {
      String def = arch[1];
      String why = "for GOARCH=" + goarch;
      if (arch[0].equals("GO386") && debianBuild()) {
        def = "softfloat";
        why = "Debian builds its go with GO386=softfloat";
      }
      put(lookup.orDefault(arch[0], def, new Default(why)));
    }
    put(lookup.orDefault("AR", "ar", new Default("")));
    put(lookup.orDefault("CC", CgoRules.defaultCC(host.os()), new Default("built into the toolchain")));
    put(lookup.orDefault("CXX", CgoRules.defaultCXX(host.os()), new Default("built into the toolchain")));
    put(cgoEnabled(goos, goarch));
    Modules.resolve(host, version, lookup, vars, problems);
    cflags(goos, goarch);

    List<EnvVar> printed = new ArrayList<>();
    for (String name : VersionRules.printed(version, arch[0])) {
      EnvVar v = vars.get(name);
      if (v != null) {
        printed.add(v);
        checkValue(v);
      }
    }
    Map<String, EnvVar> extra = new LinkedHashMap<>();
    if (version.atLeast(22)) {
      for (String name : List.of("GOARM", "GO386", "GOAMD64", "GOMIPS", "GOMIPS64", "GOPPC64", "GOWASM",
          "FC", "GO_EXTLINK_ENABLED", "GOTOOLCHAIN")) {
        if (VersionRules.known(version, name) && printed.stream().noneMatch(p -> p.name().equals(name))) {
          extra.put(name, lookup.plain(name));
        }
      }
    }
    return new Resolution(toolchain, version, host.os(), printed, extra, new ArrayList<>(problems));
  }

  /** Debian's golang-1.N-go packages (GOROOT /usr/lib/go-1.N) bake GO386=softfloat in. */
  private boolean debianBuild() {
    return toolchain.goroot().map(Path::toString).filter(g -> g.matches("/usr/lib/go-1\\.[0-9]+")).isPresent();
  }

  private void put(EnvVar v) {
    vars.put(v.name(), v);
  }

  /** Go's cfg.EnvFile: $GOENV (OS environment only), "off" disables, else os.UserConfigDir()/go/env. */
  private String envFilePath() {
    Optional<String> goenv = host.getenv("GOENV");
    if (goenv.isPresent()) {
      return goenv.get().equals("off") ? "" : goenv.get();
    }
    return host.userConfigDir().map(d -> join(d, "go", "env")).orElse("");
  }

  private GoEnvFile readEnvFile(String path, String what) {
    if (path.isEmpty()) {
      return null;
    }
    Path p;
    try {
      p = host.workingDir().resolve(host.path(path));
    } catch (InvalidPathException e) {
      problems.add(new EnvProblem(Kind.HOST, path, what + " " + path + ": not a valid path"));
      return null;
    }
    if (!Files.exists(p)) {
      return null;
    }
    if (Files.isDirectory(p)) {
      problems.add(new EnvProblem(Kind.HOST, path, what + " " + path + ": is a directory (ignored)"));
      return null;
    }
    if (!Files.isRegularFile(p)) {
      problems.add(new EnvProblem(Kind.HOST, path, what + " " + path + ": not a regular file (ignored)"));
      return null;
    }
    try (InputStream in = Files.newInputStream(p)) {
      byte[] data = in.readNBytes(GoEnvFile.MAX_BYTES);
      GoEnvFile f = GoEnvFile.parse(path, data, version);
      problems.addAll(f.problems());
      if (!GoEnvFile.validUtf8(data)) {
        problems.add(new EnvProblem(Kind.BAD_VALUE, path, what + " " + path + ": not valid UTF-8"));
      }
      return f;
    } catch (IOException | SecurityException e) {
      problems.add(new EnvProblem(Kind.HOST, path, what + " " + path + ": cannot read: " + e.getMessage()));
      return null;
    }
  }

  /** Go's findGOROOT: $GOROOT (env or env file), cleaned; else the toolchain's own GOROOT. */
  private EnvVar goroot() {
    Optional<Lookup.Found> f = lookup.get("GOROOT");
    EnvVar v;
    if (f.isPresent()) {
      v = new EnvVar("GOROOT", clean(f.get().value()), f.get().provenance(), f.get().shadowedFileValue());
    } else if (toolchain.goroot().isPresent()
        && toolchain.gorootSource() == Toolchain.GorootSource.BUILT_IN) {
      // findGOROOT: no Go tree around the executable, so runtime.GOROOT(), the linker's value.
      v = new EnvVar("GOROOT", clean(toolchain.goroot().get().toString()),
          new Derived("the GOROOT built into the go binary " + toolchain.resolved()
              + " (it is not inside a Go tree)"));
    } else if (toolchain.goroot().isPresent()) {
      v = new EnvVar("GOROOT", toolchain.goroot().get().toString(),
          new Derived("the go executable's location " + toolchain.resolved()));
    } else if (toolchain.gorootSource() == Toolchain.GorootSource.TRIMMED) {
      v = new EnvVar("GOROOT", "", new Derived("the go binary " + toolchain.resolved()
          + " is outside any Go tree and was built with -trimpath (no GOROOT built in)"));
    } else {
      v = new EnvVar("GOROOT", "", new Default("unknown"));
    }
    if (v.value().isEmpty()) {
      problems.add(new EnvProblem(Kind.GO_FAILS, "GOROOT",
          "go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set", MAIN_EXIT));
    } else {
      Path p = host.workingDir().resolve(host.path(v.value()));
      if (!Files.isDirectory(p)) {
        problems.add(new EnvProblem(Kind.GO_FAILS, "GOROOT", "go: cannot find GOROOT directory: " + v.value(),
            MAIN_EXIT));
      } else if (!Files.isDirectory(p.resolve("pkg").resolve("tool"))) {
        problems.add(new EnvProblem(Kind.UNCERTAIN, "GOROOT",
            "GOROOT " + v.value() + " has no pkg/tool directory: it is not a Go installation"));
      }
    }
    return v;
  }

  /** runtime.GOROOT(): the OS environment's GOROOT, else the toolchain's. */
  private String runtimeGoroot() {
    return host.getenv("GOROOT").orElse(toolchain.goroot().map(Path::toString).orElse(""));
  }

  private void gopath(String goroot) {
    Optional<Lookup.Found> set = lookup.get("GOPATH");
    EnvVar v;
    if (set.isPresent()) {
      v = new EnvVar("GOPATH", set.get().value(), set.get().provenance(), set.get().shadowedFileValue());
    } else {
      String homeVar = host.os() == GoOs.WINDOWS ? "USERPROFILE" : "HOME";
      Optional<String> home = host.getenv(homeVar);
      String def = home.map(h -> join(h, "go")).orElse("");
      if (!def.isEmpty() && def.equals(clean(runtimeGoroot()))) {
        def = "";
      }
      v = new EnvVar("GOPATH", def, home.isPresent() ? new Derived("$" + homeVar + "/go") : new Default(homeVar
          + " is not set"));
    }
    List<String> list = SearchPath.split(v.value(), host.os());
    String first = list.isEmpty() ? "" : list.get(0);
    put(lookup.orDefault("GOMODCACHE", first.isEmpty() ? "" : join(first, "pkg", "mod"),
        new Derived("GOPATH")));
    if (!v.value().isEmpty() && clean(v.value()).equals(clean(runtimeGoroot()))) {
      problems.add(new EnvProblem(Kind.GO_WARNS, "GOPATH",
          "warning: GOPATH set to GOROOT (" + v.value() + ") has no effect"));
    } else {
      for (String p : list) {
        if (p.isEmpty()) {
          continue;
        }
        if (p.startsWith("~")) {
          problems.add(new EnvProblem(Kind.GO_FAILS, "GOPATH",
              "go: GOPATH entry cannot start with shell metacharacter '~': \"" + p + "\"", MAIN_EXIT));
          break;
        }
        if (!isAbs(p)) {
          if (set.isEmpty()) {
            v = new EnvVar("GOPATH", "", new Derived("$HOME/go, dropped because it is relative"));
          } else {
            problems.add(new EnvProblem(Kind.GO_FAILS, "GOPATH",
                "go: GOPATH entry is relative; must be absolute path: \"" + p
                    + "\".\nFor more details see: 'go help gopath'", MAIN_EXIT));
          }
          break;
        }
      }
    }
    put(v);
  }

  private EnvVar gocache() {
    Optional<Lookup.Found> f = lookup.get("GOCACHE");
    if (f.isPresent()) {
      String val = f.get().value();
      if (isAbs(val) || val.equals("off")) {
        return new EnvVar("GOCACHE", val, f.get().provenance(), f.get().shadowedFileValue());
      }
      problems.add(new EnvProblem(Kind.GO_WARNS, "GOCACHE", "GOCACHE is not an absolute path: caching is off"));
      return new EnvVar("GOCACHE", "off", new Derived("GOCACHE=" + val + " (not absolute)"));
    }
    return host.userCacheDir()
        .map(d -> new EnvVar("GOCACHE", join(d, "go-build"), new Derived("os.UserCacheDir")))
        .orElseGet(() -> new EnvVar("GOCACHE", "off", new Derived("os.UserCacheDir (undefined)")));
  }

  private void telemetry() {
    Optional<String> cfgDir = host.userConfigDir();
    String dir = cfgDir.map(d -> join(d, "go", "telemetry")).orElse("");
    String mode = cfgDir.isEmpty() ? "off" : "local";
    Provenance prov = new Default("");
    if (!dir.isEmpty()) {
      Path modeFile = host.path(dir).resolve("mode");
      try {
        if (Files.isRegularFile(modeFile)) {
          String s = new String(Files.readAllBytes(modeFile), StandardCharsets.UTF_8).trim();
          if (s.equals("on") || s.equals("off") || s.equals("local")) {
            mode = s;
            prov = new Derived(modeFile.toString());
          }
        }
      } catch (IOException | SecurityException e) {
        problems.add(new EnvProblem(Kind.HOST, modeFile.toString(), modeFile + ": cannot read"));
      }
    }
    put(new EnvVar("GOTELEMETRY", mode, prov));
    put(new EnvVar("GOTELEMETRYDIR", dir, new Derived("os.UserConfigDir")));
  }

  private void gccgo() {
    EnvVar name = lookup.orDefault("GCCGO", "gccgo", new Default(""));
    Optional<Path> bin;
    if (name.value().contains("/") || (host.os() == GoOs.WINDOWS && name.value().contains("\\"))) {
      bin = host.hasCommand(name.value()) ? Optional.of(host.path(name.value())) : Optional.empty();
    } else {
      bin = host.lookPath(name.value());
    }
    put(bin.map(b -> new EnvVar("GCCGO", b.toString(), new Derived("PATH lookup of " + name.value())))
        .orElse(name));
  }

  private EnvVar cgoEnabled(String goos, String goarch) {
    Optional<Lookup.Found> f = lookup.get("CGO_ENABLED");
    if (f.isPresent() && (f.get().value().equals("0") || f.get().value().equals("1"))) {
      return new EnvVar("CGO_ENABLED", f.get().value(), f.get().provenance(), f.get().shadowedFileValue());
    }
    if (!goos.equals(host.os().goName()) || !goarch.equals(host.arch())) {
      return new EnvVar("CGO_ENABLED", "0", new Derived("GOOS/GOARCH differ from the host (cross-compiling)"));
    }
    if (!CgoRules.defaultCgo(goos, goarch)) {
      return new EnvVar("CGO_ENABLED", "0", new Default("cgo unsupported on " + goos + "/" + goarch));
    }
    if (VersionRules.cgoNeedsCompiler(version) && host.getenv("CC").isEmpty()) {
      String cc = CgoRules.defaultCC(host.os());
      if (!host.hasCommand(cc)) {
        return new EnvVar("CGO_ENABLED", "0", new Derived("no C compiler (" + cc + ") on PATH"));
      }
    }
    return new EnvVar("CGO_ENABLED", "1", new Default("native build on " + goos + "/" + goarch));
  }

  private void cflags(String goos, String goarch) {
    for (String[] kv : new String[][] {{"CGO_CFLAGS", "-g -O2"}, {"CGO_CPPFLAGS", ""},
        {"CGO_CXXFLAGS", "-g -O2"}, {"CGO_FFLAGS", "-g -O2"}, {"CGO_LDFLAGS", "-g -O2"}}) {
      EnvVar raw = lookup.orDefault(kv[0], kv[1], new Default(""));
      put(new EnvVar(kv[0], Quoted.join(words(raw)), raw.provenance(), raw.shadowedFileValue()));
    }
    EnvVar pkg = lookup.orDefault("PKG_CONFIG", "pkg-config", new Default(""));
    List<String> pw = words(pkg);
    put(new EnvVar("PKG_CONFIG", pw.isEmpty() ? "" : pw.get(0), pkg.provenance(), pkg.shadowedFileValue()));
    List<String> cc = words(vars.get("CC"));
    String tmp = lookup.get("GOTMPDIR").map(Lookup.Found::value).orElse(host.tempDir());
    String work = join(tmp, "go-build");
    boolean cgo = vars.get("CGO_ENABLED").value().equals("1");
    String gomips = lookup.get("GOMIPS").map(Lookup.Found::value).orElse("hardfloat");
    String gomips64 = lookup.get("GOMIPS64").map(Lookup.Found::value).orElse("hardfloat");
    put(new EnvVar("GOGCCFLAGS", CgoRules.gogccflags(host, version, cc, goos, goarch, cgo, work, gomips,
        gomips64), new Derived("CC, GOOS, GOARCH and the C compiler's supported flags")));
  }

  private List<String> words(EnvVar v) {
    Optional<List<String>> w = Quoted.split(v.value());
    if (w.isEmpty()) {
      problems.add(new EnvProblem(Kind.BAD_VALUE, v.name(), v.name() + ": unterminated quoted string"));
      return List.of(v.value());
    }
    return w.get();
  }

  private void checkValue(EnvVar v) {
    String s = v.value();
    if (s.indexOf('\uFFFD') >= 0) {
      problems.add(new EnvProblem(Kind.BAD_VALUE, v.name(), v.name() + ": value is not valid UTF-8"));
    }
    if (s.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      problems.add(new EnvProblem(Kind.BAD_VALUE, v.name(),
          v.name() + ": value contains control characters (newline, carriage return, NUL, ...)"));
    }
  }

  /** Go's filepath.Join on this host, cleaned. Empty elements are dropped; all empty gives "". */
  String join(String first, String... more) {
    StringBuilder sep = new StringBuilder();
    List<String> parts = new ArrayList<>();
    if (!first.isEmpty()) {
      parts.add(first);
    }
    for (String m : more) {
      if (!m.isEmpty()) {
        parts.add(m);
      }
    }
    if (parts.isEmpty()) {
      return "";
    }
    sep.append(host.fileSystem().getSeparator());
    return clean(String.join(sep.toString(), parts));
  }

  /** Go's filepath.Clean, lexically, on this host. */
  String clean(String p) {
    return FilePaths.clean(p, host.os() == GoOs.WINDOWS);
  }

  private boolean isAbs(String p) {
    return FilePaths.isAbs(p, host.os() == GoOs.WINDOWS);
  }
}
