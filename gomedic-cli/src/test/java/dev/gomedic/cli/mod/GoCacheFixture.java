package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliRun;
import dev.gomedic.mod.modzip.ModZip;
import dev.gomedic.mod.modzip.ModuleFile;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.proxy.FileProxy;
import dev.gomedic.testkit.proxy.GeneratedModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A module cache filled by the real go 1.19 from a {@code file://} proxy of generated modules, and a main
 * module requiring them; copies of the cache to damage; and runs of go and gomedic side by side over a copy.
 */
final class GoCacheFixture {
  /** What one command printed and returned. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\nstdout:\n" + out + "stderr:\n" + err;
    }
  }

  final Path root;
  final Path cache;
  final Path main;
  final List<GeneratedModule> modules;
  /** What go mod download -json reported: path@version to [Sum, GoModSum]. */
  final Map<String, List<String>> reported = new HashMap<>();

  private GoCacheFixture(Path root, List<GeneratedModule> modules) {
    this.root = root;
    this.cache = root.resolve("cache");
    this.main = root.resolve("main");
    this.modules = modules;
  }

  /**
   * Serves {@code modules} from a file:// proxy, writes a main module with {@code goMod} and runs {@code go mod
   * download all} into a fresh cache.
   */
  static GoCacheFixture create(Path root, List<GeneratedModule> modules, String goMod) throws Exception {
    return create(root, modules, goMod, GoCacheFixture::zip);
  }

  /** {@link #create(Path, List, String)} with zips made by {@code zips}. */
  static GoCacheFixture create(Path root, List<GeneratedModule> modules, String goMod, FileProxy.ZipMaker zips)
      throws Exception {
    GoCacheFixture f = new GoCacheFixture(root, modules);
    String proxy = FileProxy.write(root.resolve("proxy"), modules, zips);
    Files.createDirectories(f.main);
    Files.writeString(f.main.resolve("go.mod"), goMod);
    Result r = f.go(f.cache, Map.of("GOPROXY", proxy, "GOFLAGS", "-mod=mod"), "mod", "download", "-json", "all");
    assertThat(r.code()).as("go mod download all: %s", r).isZero();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "\"Path\": \"([^\"]+)\",\\s+\"Version\": \"([^\"]+)\",[^}]*?\"Sum\": \"([^\"]+)\",\\s+\"GoModSum\": \"([^\"]+)\"")
        .matcher(r.out());
    while (m.find()) {
      f.reported.put(m.group(1) + "@" + m.group(2), List.of(m.group(3), m.group(4)));
    }
    assertThat(f.reported).as("go mod download -json: one Sum and GoModSum a module, got %s", r.out())
        .hasSize(modules.size());
    assertThat(f.main.resolve("go.sum")).as("go.sum written by go mod download all").exists();
    return f;
  }

  static void zip(GeneratedModule m, Path zip) throws IOException {
    List<ModuleFile> files = new ArrayList<>();
    m.files().forEach((name, data) -> files.add(ModuleFile.of(name, data)));
    try (OutputStream out = Files.newOutputStream(zip)) {
      ModZip.create(out, new ModuleVersion(m.path(), m.version()), files);
    }
  }

  /** The environment go and gomedic both run with, over {@code cache}. */
  Map<String, String> env(Path cache) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", "/usr/bin:/bin");
    env.put("HOME", root.resolve("home").toString());
    env.put("GOPATH", root.resolve("gopath").toString());
    env.put("GOMODCACHE", cache.toString());
    env.put("GOCACHE", root.resolve("gocache").toString());
    env.put("GOPROXY", "off");
    env.put("GOSUMDB", "off");
    env.put("GONOSUMDB", "*");
    env.put("GOTOOLCHAIN", "local");
    env.put("GO111MODULE", "on");
    env.put("GOENV", "off");
    env.put("GOFLAGS", "");
    return env;
  }

  /** Runs the real go in the main module. */
  Result go(Path cache, Map<String, String> extra, String... args) throws IOException, InterruptedException {
    return goIn(main, cache, extra, args);
  }

  /** Runs the real go in {@code dir}. */
  Result goIn(Path dir, Path cache, Map<String, String> extra, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Oracle.requireGo().toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env(cache));
    pb.environment().putAll(extra);
    Path out = Files.createTempFile(root, "go", ".out");
    Path err = Files.createTempFile(root, "go", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("go %s finished", String.join(" ", args)).isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Runs gomedic in-process in {@code dir} over {@code cache}. */
  Result gomedic(Path dir, Path cache, String... args) {
    CliRun r = CliRun.in(dir, env(cache), args);
    return new Result(r.code(), r.out(), r.err());
  }

  /** A writable copy of the pristine cache. */
  Path copyCache(String name) throws IOException {
    Path to = root.resolve("copies").resolve(name);
    try (Stream<Path> s = Files.walk(cache)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(cache.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
          t.toFile().setWritable(true, true);
        }
      }
    }
    return to;
  }

  /** The extracted tree of {@code m} in {@code cache}. */
  static Path dir(Path cache, GeneratedModule m) {
    return cache.resolve(FileProxy.escape(m.path()) + "@" + FileProxy.escape(m.version()));
  }

  /** {@code cache/download/PATH/@v/VERSION.SUFFIX} of {@code m}. */
  static Path download(Path cache, GeneratedModule m, String suffix) {
    return cache.resolve("cache/download").resolve(FileProxy.escape(m.path())).resolve("@v")
        .resolve(FileProxy.escape(m.version()) + "." + suffix);
  }

  /** Makes everything below {@code dir} writable again, so that it can be deleted. */
  static void makeWritable(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.naturalOrder()).forEach(p -> p.toFile().setWritable(true, true));
    }
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
