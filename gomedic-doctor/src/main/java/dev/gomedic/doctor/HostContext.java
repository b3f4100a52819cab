package dev.gomedic.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link DoctorContext} of a real (or simulated) host, built from plain values: the OS environment as a map,
 * the working directory, the OS and architecture, and optionally an explicit go binary. It finds go on PATH,
 * reads the go env file and {@code $GOROOT/go.env}, and resolves each variable with go's precedence: OS
 * environment (non-empty), go env file, {@code $GOROOT/go.env}, computed default. It never runs go.
 *
 * <p>Interim: when the goenv module's resolver lands, this class becomes an adapter over it.
 */
public final class HostContext implements DoctorContext {
  static final int MAX_SMALL_FILE = 1 << 20;

  private final Map<String, String> osEnv;
  private final Path workingDir;
  private final HostOs os;
  private final String arch;
  private final List<GoInstall> onPath;
  private final Optional<GoInstall> selected;
  private final Optional<Path> envFile;
  private final Map<String, String> envFileValues;
  private final Map<String, String> gorootGoEnv;

  private HostContext(Map<String, String> osEnv, Path workingDir, HostOs os, String arch, Optional<Path> goOverride) {
    this.osEnv = Map.copyOf(osEnv);
    this.workingDir = workingDir;
    this.os = os;
    this.arch = arch;
    this.onPath = findOnPath();
    this.selected = goOverride.map(this::install).or(() -> onPath.stream().findFirst());
    this.envFile = locateEnvFile();
    this.envFileValues = envFile.map(HostContext::readKeyValues).orElse(Map.of());
    Optional<String> root = Optional.ofNullable(nonEmpty(osEnv.get("GOROOT")))
        .or(() -> Optional.ofNullable(nonEmpty(envFileValues.get("GOROOT"))))
        .or(() -> selected.flatMap(GoInstall::goroot).map(Path::toString));
    this.gorootGoEnv = root.map(r -> readKeyValues(workingDir.getFileSystem().getPath(r, "go.env"))).orElse(Map.of());
  }

  /** A context for the given environment; {@code goOverride} is the --go binary, if given. */
  public static HostContext of(
      Map<String, String> osEnv, Path workingDir, HostOs os, String arch, Optional<Path> goOverride) {
    return new HostContext(osEnv, workingDir, os, arch, goOverride);
  }

  @Override
  public HostOs os() {
    return os;
  }

  @Override
  public String arch() {
    return arch;
  }

  @Override
  public Path workingDir() {
    return workingDir;
  }

  @Override
  public Optional<String> osEnv(String name) {
    return Optional.ofNullable(osEnv.get(name));
  }

  @Override
  public Optional<GoInstall> selectedGo() {
    return selected;
  }

  @Override
  public List<GoInstall> goOnPath() {
    return onPath;
  }

  @Override
  public Optional<Path> goEnvFile() {
    return envFile;
  }

  @Override
  public Path path(String first, String... more) {
    return workingDir.getFileSystem().getPath(first, more);
  }

  @Override
  public EnvValue goEnv(String name) {
    String v = nonEmpty(osEnv.get(name));
    if (v != null) {
      return new EnvValue(name, v, Provenance.ENVIRONMENT, "");
    }
    v = nonEmpty(envFileValues.get(name));
    if (v != null && !name.equals("GOENV")) {
      return new EnvValue(name, v, Provenance.GOENV_FILE, envFile.map(Path::toString).orElse(""));
    }
    v = nonEmpty(gorootGoEnv.get(name));
    if (v != null) {
      return new EnvValue(name, v, Provenance.GOROOT_GO_ENV, "");
    }
    String d = defaultValue(name);
    return d == null ? EnvValue.unset(name) : new EnvValue(name, d, Provenance.DEFAULT, "");
  }

  private String defaultValue(String name) {
    return switch (name) {
      case "GOROOT" -> selected.flatMap(GoInstall::goroot).map(Path::toString).orElse(null);
      case "GOPATH" -> home().map(h -> path(h, "go").toString()).orElse(null);
      case "GOPROXY" -> gorootGoEnv.isEmpty() ? "https://proxy.golang.org,direct" : null;
      case "GOSUMDB" -> gorootGoEnv.isEmpty() ? "sum.golang.org" : null;
      case "GOOS", "GOHOSTOS" -> os.goos();
      case "GOARCH", "GOHOSTARCH" -> arch;
      case "GOENV" -> envFile.map(Path::toString).orElse("off");
      case "GOMODCACHE" -> {
        String gp = goEnv("GOPATH").value();
        int sep = gp.indexOf(os.listSeparator());
        yield gp.isEmpty() ? null : path(sep < 0 ? gp : gp.substring(0, sep), "pkg", "mod").toString();
      }
      default -> null;
    };
  }

  Optional<String> home() {
    return Optional.ofNullable(nonEmpty(osEnv.get(os == HostOs.WINDOWS ? "USERPROFILE" : "HOME")));
  }

  private Optional<Path> locateEnvFile() {
    String goenv = osEnv.get("GOENV");
    if (goenv != null && !goenv.isEmpty()) {
      return goenv.equals("off") ? Optional.empty() : Optional.of(path(goenv));
    }
    String base =
        switch (os) {
          case WINDOWS -> nonEmpty(osEnv.get("AppData"));
          case DARWIN -> home().map(h -> path(h, "Library", "Application Support").toString()).orElse(null);
          default -> Optional.ofNullable(nonEmpty(osEnv.get("XDG_CONFIG_HOME")))
              .orElseGet(() -> home().map(h -> path(h, ".config").toString()).orElse(null));
        };
    return Optional.ofNullable(base).map(b -> path(b, "go", "env"));
  }

  private List<GoInstall> findOnPath() {
    List<GoInstall> found = new ArrayList<>();
    String pathVar = osEnv.getOrDefault(os == HostOs.WINDOWS && osEnv.containsKey("Path") ? "Path" : "PATH", "");
    String exe = os == HostOs.WINDOWS ? "go.exe" : "go";
    for (String dir : pathVar.split(java.util.regex.Pattern.quote(String.valueOf(os.listSeparator())))) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path p = path(dir, exe);
        if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && found.stream().noneMatch(g -> g.binary().equals(p))) {
          found.add(install(p));
        }
      } catch (RuntimeException e) {
        // an entry that is not a valid path on this OS: go skips it too
      }
    }
    return List.copyOf(found);
  }

  GoInstall install(Path binary) {
    Path real = binary;
    try {
      real = binary.toRealPath();
    } catch (IOException | RuntimeException e) {
      // dangling link or unreadable: keep the path as found
    }
    Path bin = real.getParent();
    Path root = bin == null ? null : bin.getParent();
    if (root == null || !GoTree.isGoTree(root)) {
      return new GoInstall(binary, Optional.empty(), Optional.empty());
    }
    return new GoInstall(binary, Optional.of(root), GoTree.version(root));
  }

  static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** Reads KEY=VALUE lines as go reads its env files: lines without '=' are skipped. */
  static Map<String, String> readKeyValues(Path file) {
    Map<String, String> m = new HashMap<>();
    String text;
    try (InputStream in = Files.newInputStream(file)) {
      text = new String(in.readNBytes(MAX_SMALL_FILE), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return m;
    }
    for (String line : text.split("\n", -1)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        m.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    return m;
  }
}
