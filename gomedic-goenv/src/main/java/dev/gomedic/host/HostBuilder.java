package dev.gomedic.host;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a {@link Host} from explicit parts; see {@link Host#builder}. */
public final class HostBuilder {
  private final GoOs os;
  private final FileSystem fs;
  private final Map<String, String> env = new LinkedHashMap<>();
  private String arch = "amd64";
  private String processArch;
  private String workingDir;
  private WindowsRegistry registry = WindowsRegistry.NONE;
  private String osVersion = "";

  HostBuilder(GoOs os, FileSystem fs) {
    this.os = os;
    this.fs = fs;
  }

  public HostBuilder env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public HostBuilder env(Map<String, String> all) {
    env.putAll(all);
    return this;
  }

  public HostBuilder arch(String goarch) {
    this.arch = goarch;
    return this;
  }

  /** The architecture gomedic runs as ({@link Host#processArch}); by default the machine's {@link #arch}. */
  public HostBuilder processArch(String goarch) {
    this.processArch = goarch;
    return this;
  }

  public HostBuilder workingDir(String dir) {
    this.workingDir = dir;
    return this;
  }

  public HostBuilder registry(WindowsRegistry registry) {
    this.registry = registry;
    return this;
  }

  /** The OS release ({@link Host#osVersion}); "" for unknown. */
  public HostBuilder osVersion(String version) {
    this.osVersion = version == null ? "" : version;
    return this;
  }

  public Host build() {
    Path wd = fs.getPath(workingDir == null ? fs.getRootDirectories().iterator().next().toString() : workingDir);
    return new FixedHost(Map.copyOf(env), fs, wd.toAbsolutePath(), os, arch,
        processArch == null ? arch : processArch, registry,
        osVersion.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(osVersion));
  }

  private record FixedHost(
      Map<String, String> environment, FileSystem fileSystem, Path workingDir, GoOs os, String arch, String processArch,
      WindowsRegistry registry, java.util.Optional<String> osVersion) implements Host {}
}
