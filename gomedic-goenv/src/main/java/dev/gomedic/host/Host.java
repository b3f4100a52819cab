package dev.gomedic.host;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything gomedic may know about the machine it diagnoses: the environment variables of the process being
 * explained, a file system (with symlinks), the working directory, the OS family and architecture, the
 * Windows registry's PATH values, and the rules derived from them (home, config and cache directories, PATH
 * lookup).
 *
 * <p>The library never reads the JVM's own environment; the CLI builds a {@link #real real host} once, and
 * tests build simulated hosts over an in-memory file system with {@link #builder}:
 *
 * <pre>{@code
 * FileSystem fs = Jimfs.newFileSystem(Configuration.osX());
 * Host mac = Host.builder(GoOs.DARWIN, fs).arch("arm64").env("HOME", "/Users/ann").workingDir("/Users/ann").build();
 * mac.userConfigDir(); // Optional[/Users/ann/Library/Application Support]
 * }</pre>
 *
 * <p>Directory rules follow Go's {@code os.UserHomeDir}, {@code os.UserConfigDir} and {@code os.UserCacheDir}
 * exactly: on Windows {@code %USERPROFILE%}, {@code %AppData%}, {@code %LocalAppData%}; on macOS
 * {@code $HOME}, {@code $HOME/Library/Application Support}, {@code $HOME/Library/Caches}; elsewhere
 * {@code $HOME}, {@code $XDG_CONFIG_HOME} or {@code $HOME/.config}, {@code $XDG_CACHE_HOME} or
 * {@code $HOME/.cache}. An unset or empty variable means "not defined", as in Go.
 */
public interface Host {
  /** The environment, as the process to be explained sees it. Names are case-sensitive except on Windows. */
  Map<String, String> environment();

  /** The file system holding the host's files. */
  FileSystem fileSystem();

  /** The working directory, absolute. */
  Path workingDir();

  /** The OS family, which decides list separators, executable suffixes and directory rules. */
  GoOs os();

  /**
   * The machine architecture as GOARCH spells it: the CPU's, even when gomedic itself runs translated (an
   * x86_64 JVM under Rosetta 2 on an Apple Silicon Mac: {@code arm64}).
   */
  String arch();

  /**
   * The architecture gomedic's own process runs as. It differs from {@link #arch} only when the OS translates
   * the process: {@code amd64} for an x86_64 JVM under Rosetta 2 on an arm64 Mac.
   */
  default String processArch() {
    return arch();
  }

  /** Whether gomedic runs translated (Rosetta 2): its {@link #processArch} is not the machine's {@link #arch}. */
  default boolean translated() {
    return !processArch().equals(arch());
  }

  /** The registry's PATH values; {@link WindowsRegistry#NONE} off Windows. */
  WindowsRegistry registry();

  /**
   * The OS release as the JVM reports it ({@code os.version}: the kernel release on Linux, e.g. {@code 6.1.0},
   * the macOS version, e.g. {@code 14.2.1}, {@code 10.0} on Windows 10 and later), or empty when unknown.
   */
  default Optional<String> osVersion() {
    return Optional.empty();
  }

  /**
   * The value of an environment variable, or empty when unset or empty (Go's {@code os.Getenv} does not
   * distinguish them for any rule gomedic models). On Windows names match case-insensitively.
   */
  default Optional<String> getenv(String name) {
    String v = environment().get(name);
    if (v == null && os() == GoOs.WINDOWS) {
      for (Map.Entry<String, String> e : environment().entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          v = e.getValue();
          break;
        }
      }
    }
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** A path on this host's file system. */
  default Path path(String first, String... more) {
    return fileSystem().getPath(first, more);
  }

  /** Go's {@code os.UserHomeDir}: USERPROFILE on Windows, HOME elsewhere. */
  default Optional<String> home() {
    return getenv(os() == GoOs.WINDOWS ? "USERPROFILE" : "HOME");
  }

  /** Go's {@code os.UserConfigDir}, or empty where Go returns an error. */
  default Optional<String> userConfigDir() {
    return switch (os()) {
      case WINDOWS -> getenv("AppData");
      case DARWIN -> getenv("HOME").map(h -> h + "/Library/Application Support");
      case LINUX -> getenv("XDG_CONFIG_HOME").or(() -> getenv("HOME").map(h -> h + "/.config"));
    };
  }

  /** Go's {@code os.UserCacheDir}, or empty where Go returns an error. */
  default Optional<String> userCacheDir() {
    return switch (os()) {
      case WINDOWS -> getenv("LocalAppData");
      case DARWIN -> getenv("HOME").map(h -> h + "/Library/Caches");
      case LINUX -> getenv("XDG_CACHE_HOME").or(() -> getenv("HOME").map(h -> h + "/.cache"));
    };
  }

  /** The system temporary directory as Go's {@code os.TempDir} computes it. */
  default String tempDir() {
    if (os() == GoOs.WINDOWS) {
      return getenv("TMP").or(() -> getenv("TEMP")).or(() -> getenv("USERPROFILE")).orElse("C:\\Windows");
    }
    return getenv("TMPDIR").orElse("/tmp");
  }

  /** The PATH entries, split by this OS's rules, with the problems seen while splitting. */
  default SearchPath searchPath() {
    return SearchPath.parse(this);
  }

  /** Every file named {@code command} on PATH that would run, in PATH order (Windows: with PATHEXT). */
  default List<Path> lookPathAll(String command) {
    return searchPath().lookAll(this, command);
  }

  /** The first {@code command} on PATH, as Go's {@code exec.LookPath} finds it. */
  default Optional<Path> lookPath(String command) {
    return lookPathAll(command).stream().findFirst();
  }

  /** Whether a C compiler named {@code cc} (a name or a path, as in CC) can be found. */
  default boolean hasCommand(String cc) {
    if (cc.contains("/") || (os() == GoOs.WINDOWS && cc.contains("\\"))) {
      return Executables.isExecutable(this, path(cc));
    }
    return lookPath(cc).isPresent();
  }

  /** A builder for simulated or explicitly described hosts. */
  static HostBuilder builder(GoOs os, FileSystem fs) {
    return new HostBuilder(os, fs);
  }

  /**
   * The production host: the given process environment and working directory on the default file system,
   * with the JVM's OS and architecture, and on Windows the registry's PATH values read with reg.exe
   * ({@link RegExeRegistry}, on first use). Only the CLI calls this, with the process environment.
   */
  static Host real(Map<String, String> env, Path workingDir, String javaOsName, String javaArch) {
    return real(env, workingDir, javaOsName, javaArch, "");
  }

  /** {@link #real(Map, Path, String, String)} with the JVM's {@code os.version} ("" when unknown). */
  static Host real(Map<String, String> env, Path workingDir, String javaOsName, String javaArch, String osVersion) {
    return real(env, workingDir, javaOsName, javaArch, osVersion, Sysctl.NONE);
  }

  /**
   * {@link #real(Map, Path, String, String, String)} that also asks the kernel for the machine's CPU (see {@link
   * Sysctl}), so that an Apple Silicon Mac counts as arm64 when the JVM runs as x86_64 under Rosetta 2.
   */
  static Host real(Map<String, String> env, Path workingDir, String javaOsName, String javaArch, String osVersion,
      Sysctl sysctl) {
    GoOs os = GoOs.fromJavaName(javaOsName);
    String process = GoOs.goArch(javaArch);
    return new HostBuilder(os, java.nio.file.FileSystems.getDefault())
        .registry(os == GoOs.WINDOWS ? RegExeRegistry.forEnvironment(env) : WindowsRegistry.NONE)
        .osVersion(osVersion)
        .env(env)
        .arch(Sysctl.machineArch(os, process, sysctl))
        .processArch(process)
        .workingDir(workingDir.toString())
        .build();
  }
}
