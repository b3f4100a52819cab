package dev.gomedic.cli;

import dev.gomedic.cli.render.JsonWriter;
import dev.gomedic.discovery.Discovered;
import dev.gomedic.discovery.Discovery;
import dev.gomedic.discovery.DiscoveryProblem;
import dev.gomedic.discovery.Toolchain;
import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.goenv.EnvProblem;
import dev.gomedic.goenv.EnvVar;
import dev.gomedic.goenv.Resolution;
import dev.gomedic.goenv.Ports;
import dev.gomedic.goenv.Resolver;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic env}: what {@code go env} would print, computed without running go, with provenance. */
final class EnvCommand {
  private final CliContext context;
  private final boolean json;
  private final boolean explain;
  private final String go;
  private final String dir;
  private final List<String> names;

  private EnvCommand(CliContext context, Parsed p) {
    this(context, p.flag("-json"), p.flag("--explain"), p.string("--go"), p.string("--dir"), p.positionals(0));
  }

  private EnvCommand(CliContext context, boolean json, boolean explain, String go, String dir, List<String> names) {
    this.context = context;
    this.json = json;
    this.explain = explain;
    this.go = go;
    this.dir = dir;
    this.names = names;
  }

  /** {@code env}, {@code env -json} or {@code env VAR...} with no other option, as {@link QuickPath} runs them. */
  static int plain(CliContext context, boolean json, List<String> names, PrintWriter out, PrintWriter err) {
    return new EnvCommand(context, json, false, null, null, names).run(out, err);
  }

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("env", p -> new EnvCommand(context, p).run(p.out(), p.err()),
        "Print the Go environment exactly as 'go env' would, without running go.",
        "With --explain, say where every value comes from.");
    spec.addOption(Specs.flag("Print as JSON, like 'go env -json'.", "-json"));
    spec.addOption(Specs.flag("Print each value with where it comes from, and every problem.", "--explain"));
    spec.addOption(Specs.option("PATH", "The go executable to explain (default: first on PATH).", "--go"));
    spec.addOption(Specs.option("DIR", "The directory go would run in (default: current).", "--dir"));
    spec.addPositional(Specs.positionals("0..*", "VAR", "Print only these variables' values, one per line."));
    return spec;
  }

  private int run(PrintWriter out, PrintWriter err) {
    Path wd = dir == null ? context.workingDir() : context.resolve(dir);
    UserFiles.requireDirectory(wd, "--dir " + (dir == null ? wd.toString() : dir));
    Host host = Hosts.of(context, wd);
    Toolchain toolchain = select(host, err);
    Resolution r = Resolver.resolve(host, toolchain);
    String unsupported = unsupportedPair(r);
    if (explain) {
      // the explanation in full, then the exit status go env would have
      Explain.print(out, r, names);
      out.flush();
      if (unsupported != null) {
        err.println(unsupported);
        return ExitCode.USAGE.code(); // go env exits 2 here (cmd/go's work.BuildInit), as for a usage error
      }
      if (r.goFailure().isPresent()) {
        throw goFails(r.goFailure().get());
      }
      return ExitCode.OK.code();
    }
    if (unsupported != null) {
      err.println(unsupported); // go prints nothing else
      return ExitCode.USAGE.code(); // go env exits 2 here (cmd/go's work.BuildInit), as for a usage error
    }
    for (EnvProblem p : r.problems()) {
      if (p.kind() != EnvProblem.Kind.GO_FAILS) {
        err.println("gomedic: warning: " + p.message());
      }
    }
    if (!names.isEmpty()) {
      printNames(out, r);
    } else if (json) {
      printJson(out, r.printed());
    } else {
      printText(out, r);
    }
    out.flush();
    if (r.goFailure().isPresent()) {
      throw goFails(r.goFailure().get());
    }
    return ExitCode.OK.code();
  }

  /** go's failure as gomedic's, with go's exit status (2 for cmd/go's start-up checks, as for usage errors). */
  private static UserError goFails(EnvProblem p) {
    return new UserError(p.goExitStatus() == 2 ? ExitCode.USAGE : ExitCode.FAILED,
        "the go command would fail: " + p.message());
  }

  /** The variables whose values make go env set up a build (ExtraEnvVarsCostly), checking GOOS/GOARCH. */
  private static final java.util.Set<String> COSTLY = java.util.Set.of("CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS",
      "CGO_FFLAGS", "CGO_LDFLAGS", "PKG_CONFIG", "GOGCCFLAGS");

  /**
   * go's message when this go env would stop at an unsupported GOOS/GOARCH pair (with no arguments, or asked for
   * a C toolchain variable), else null.
   */
  private String unsupportedPair(Resolution r) {
    if (!names.isEmpty() && names.stream().noneMatch(COSTLY::contains)) {
      return null;
    }
    String goos = r.find("GOOS").map(EnvVar::value).orElse("");
    String goarch = r.find("GOARCH").map(EnvVar::value).orElse("");
    if (goos.isEmpty() || goarch.isEmpty() || Ports.supported(goos, goarch, r.version())) {
      return null;
    }
    return "go: unsupported GOOS/GOARCH pair " + goos + "/" + goarch;
  }

  private Toolchain select(Host host, PrintWriter err) {
    if (go != null) {
      List<DiscoveryProblem> problems = new ArrayList<>();
      Path exe = context.resolve(go);
      UserFiles.requireRegular(exe, "--go " + go);
      Toolchain t = Discovery.inspect(host, exe, Hosts.binaryReader(), problems);
      warn(err, problems);
      return t;
    }
    List<Path> onPath = host.lookPathAll("go");
    if (onPath.isEmpty()) {
      // go itself is missing from PATH: compute what the newest installed go would see, and say which one.
      Toolchain installed = newestInstalled(host).orElseThrow(() -> new UserError(ExitCode.FAILED,
          "go: executable file not found in $PATH, nor at any well-known install location;"
              + " install Go from https://go.dev/dl/ or pass --go PATH"));
      err.println("gomedic: warning: no go on PATH; showing the environment of " + installed.executable()
          + " (" + installed.versionOrUnknown() + ", " + installed.location() + "), which is not on PATH");
      return installed;
    }
    List<DiscoveryProblem> problems = new ArrayList<>();
    Toolchain t = Discovery.inspect(host, onPath.get(0), Hosts.binaryReader(), problems);
    warn(err, problems);
    return t;
  }

  /**
   * A loop, not a lambda: a lambda's linkage loads DiscoveryProblem even when the list is empty, and a path the
   * launcher's training run did not take then loads it from the jar (opening it) and spins the lambda at run time.
   */
  private static void warn(PrintWriter err, List<DiscoveryProblem> problems) {
    for (DiscoveryProblem p : problems) {
      err.println("gomedic: warning: " + p);
    }
  }

  /** The installed toolchain with the highest known version, from the well-known install locations. */
  private static java.util.Optional<Toolchain> newestInstalled(Host host) {
    return Discovery.discover(host, Hosts.binaryReader()).toolchains().stream()
        .filter(t -> t.version().map(v -> GoVersion.isValid(GoVersion.fromToolchain(v))).orElse(false))
        .max(Comparator.comparing((Toolchain t) -> GoVersion.fromToolchain(t.version().get()), GoVersion::compare));
  }

  /**
   * By name, as a lambda of this class: Comparator.comparing's own lambda is generated at run time on every
   * start (the class-data archive cannot hold it), ~5 ms for env -json.
   */
  private static final Comparator<EnvVar> BY_NAME = (a, b) -> a.name().compareTo(b.name());

  private void printNames(PrintWriter out, Resolution r) {
    if (json) {
      TreeMap<String, String> m = new TreeMap<>();
      for (String n : names) {
        m.put(n, r.find(n).map(EnvVar::value).orElse(""));
      }
      JsonWriter w = JsonWriter.indented().beginObject();
      m.forEach((k, v) -> w.name(k).value(v));
      out.print(w.endObject());
      out.print("\n");
      return;
    }
    for (String n : names) {
      out.print(r.find(n).map(EnvVar::value).orElse("") + "\n");
    }
  }

  static void printJson(PrintWriter out, List<EnvVar> vars) {
    List<EnvVar> sorted = new ArrayList<>(vars);
    sorted.sort(BY_NAME);
    JsonWriter w = JsonWriter.indented().beginObject();
    for (EnvVar v : sorted) {
      w.name(v.name()).value(v.value());
    }
    out.print(w.endObject());
    out.print("\n");
  }

  private static void printText(PrintWriter out, Resolution r) {
    List<EnvVar> vars = new ArrayList<>(r.printed());
    if (r.sortedText()) {
      vars.sort(BY_NAME);
    }
    for (EnvVar v : vars) {
      out.print(ShellSyntax.line(r.hostOs(), r.singleQuotes(), v.name(), v.value()) + "\n");
    }
  }

  /** The go command's per-OS printing of one variable. */
  static final class ShellSyntax {
    private ShellSyntax() {}

    static String line(GoOs os, boolean singleQuotes, String name, String value) {
      if (os == GoOs.WINDOWS) {
        return "set " + name + "=" + (singleQuotes ? batchEscape(value) : value);
      }
      if (!singleQuotes) {
        return name + "=\"" + value + "\"";
      }
      return name + "='" + value.replace("'", "'\\''") + "'";
    }

    private static String batchEscape(String s) {
      StringBuilder b = new StringBuilder();
      for (char c : s.toCharArray()) {
        switch (c) {
          case '%' -> b.append("%%");
          case '<', '>', '|', '&', '^' -> b.append('^').append(c);
          case '\r', '\n' -> b.append('\uFFFD');
          default -> b.append(c);
        }
      }
      return b.toString();
    }
  }

  static Discovered discover(Host host) {
    return Discovery.discover(host, Hosts.binaryReader());
  }
}
