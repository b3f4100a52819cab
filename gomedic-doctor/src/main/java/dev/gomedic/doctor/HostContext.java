package dev.gomedic.doctor;

import dev.gomedic.discovery.BuildInfoBinaryReader;
import dev.gomedic.discovery.Discovered;
import dev.gomedic.discovery.Discovery;
import dev.gomedic.discovery.GoBinaryReader;
import dev.gomedic.discovery.Toolchain;
import dev.gomedic.goenv.EnvVar;
import dev.gomedic.goenv.Resolution;
import dev.gomedic.goenv.Resolver;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link DoctorContext} of a {@link Host}: a thin adapter over gomedic-goenv, so that doctor and
 * {@code gomedic env} can never disagree. The installs come from {@link Discovery}, the effective go env (value,
 * provenance, file) from {@link Resolver} for the selected toolchain. It never runs go.
 */
public final class HostContext implements DoctorContext {
  private final Host host;
  private final GoOs os;
  private final Discovered discovered;
  private final Optional<Toolchain> selectedToolchain;
  private final Optional<GoInstall> selected;
  private final List<GoInstall> onPath;
  private final Resolution resolution;

  private HostContext(Host host, Optional<Path> goOverride, GoBinaryReader reader) {
    this.host = host;
    this.os = host.os();
    this.discovered = Discovery.discover(host, reader);
    this.onPath = findOnPath(reader);
    this.selectedToolchain = goOverride.map(p -> Discovery.inspect(host, p, reader, new ArrayList<>()))
        .or(discovered::selected)
        .or(() -> onPath.isEmpty() ? Optional.empty()
            : Optional.of(Discovery.inspect(host, onPath.get(0).binary(), reader, new ArrayList<>())));
    this.selected = goOverride.map(p -> install(selectedToolchain.orElseThrow()))
        .or(() -> onPath.stream().findFirst());
    Toolchain forEnv = selectedToolchain.orElseGet(() -> {
      Path none = host.path(host.os() == GoOs.WINDOWS ? "go.exe" : "go");
      return new Toolchain(none, none, Optional.empty(), "unknown", Optional.empty(), "none", -1, List.of());
    });
    this.resolution = Resolver.resolve(host, forEnv);
  }

  /** The context of {@code host}; {@code goOverride} is the --go binary, if given. */
  public static HostContext of(Host host, Optional<Path> goOverride, GoBinaryReader reader) {
    return new HostContext(host, goOverride, reader);
  }

  /** A context for a host made of plain values (tests, simulated hosts), reading versions from build info. */
  public static HostContext of(
      Map<String, String> osEnv, Path workingDir, GoOs os, String arch, Optional<Path> goOverride) {
    GoOs goOs = switch (os) {
      case DARWIN -> GoOs.DARWIN;
      case WINDOWS -> GoOs.WINDOWS;
      default -> GoOs.LINUX;
    };
    Host host = Host.builder(goOs, workingDir.getFileSystem()).env(osEnv).arch(arch)
        .workingDir(workingDir.toString()).build();
    return new HostContext(host, goOverride, new BuildInfoBinaryReader());
  }

  @Override
  public Host host() {
    return host;
  }

  @Override
  public List<Toolchain> toolchains() {
    return discovered.toolchains();
  }

  @Override
  public GoOs os() {
    return os;
  }

  @Override
  public String arch() {
    return host.arch();
  }

  @Override
  public Path workingDir() {
    return host.workingDir();
  }

  @Override
  public Optional<String> osEnv(String name) {
    return Optional.ofNullable(host.environment().get(name));
  }

  @Override
  public Optional<GoInstall> selectedGo() {
    return selected;
  }

  @Override
  public Optional<Toolchain> selectedToolchain() {
    return selectedToolchain;
  }

  @Override
  public List<GoInstall> goOnPath() {
    return onPath;
  }

  @Override
  public Optional<Path> goEnvFile() {
    String f = resolution.find("GOENV").map(EnvVar::value).orElse("");
    return f.isEmpty() || f.equals("off") ? Optional.empty() : Optional.of(path(f));
  }

  @Override
  public Path path(String first, String... more) {
    return host.path(first, more);
  }

  @Override
  public EnvValue goEnv(String name) {
    Optional<EnvVar> v = resolution.find(name);
    if (v.isEmpty()) {
      String raw = host.getenv(name).orElse("");
      return raw.isEmpty() ? EnvValue.unset(name) : new EnvValue(name, raw, Provenance.ENVIRONMENT, "");
    }
    EnvVar e = v.get();
    if (e.value().isEmpty()) {
      return EnvValue.unset(name);
    }
    dev.gomedic.goenv.Provenance p = e.provenance();
    if (p instanceof dev.gomedic.goenv.Provenance.OsEnv) {
      return new EnvValue(name, e.value(), Provenance.ENVIRONMENT, "");
    }
    if (p instanceof dev.gomedic.goenv.Provenance.GoEnvFile f) {
      return new EnvValue(name, e.value(), Provenance.GOENV_FILE, f.path());
    }
    if (p instanceof dev.gomedic.goenv.Provenance.GorootGoEnv) {
      return new EnvValue(name, e.value(), Provenance.GOROOT_GO_ENV, "");
    }
    return new EnvValue(name, e.value(), Provenance.DEFAULT, "");
  }

  /**
   * Every file named go on PATH, in PATH order, including those that would not run (a dangling link, no
   * execute bit): GO_NOT_EXECUTABLE reports them. Each is described by {@link Discovery#inspect}.
   */
  private List<GoInstall> findOnPath(GoBinaryReader reader) {
    List<GoInstall> found = new ArrayList<>();
    String exe = host.os() == GoOs.WINDOWS ? "go.exe" : "go";
    for (String dir : host.searchPath().entries()) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path p = path(dir, exe);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && found.stream().noneMatch(g -> g.binary().equals(p))) {
          Optional<Toolchain> known = discovered.toolchains().stream().filter(t -> t.executable().equals(p)).findFirst();
          found.add(install(known.orElseGet(() -> Discovery.inspect(host, p, reader, new ArrayList<>()))));
        }
      } catch (RuntimeException e) {
        // an entry that is not a valid path on this OS: go skips it too
      }
    }
    return List.copyOf(found);
  }

  /** A toolchain as the checks see it: its GOROOT only when that is a Go tree, its version when known. */
  private static GoInstall install(Toolchain t) {
    Optional<Path> root = t.goroot().filter(GoTree::isGoTree);
    return new GoInstall(t.executable(), root, root.isPresent() ? t.version() : Optional.empty());
  }
}
