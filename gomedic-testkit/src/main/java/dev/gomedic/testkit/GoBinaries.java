package dev.gomedic.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real binaries for the binary-format tests, cached under
 * {@code ${GOMEDIC_TEST_CACHE:-$HOME/.cache/gomedic-test}/binfmt/}: Go-built executables published to the npm
 * registry (fetched with {@code npm pack}) and a small program cross-compiled with the real go 1.19.
 */
public final class GoBinaries {
  /** Bump when the test program or build flags change, so cached binaries are rebuilt. */
  private static final String PROGRAM_VERSION = "p1";

  private GoBinaries() {}

  /** The cache directory for binary fixtures. */
  public static Path cache() {
    String root = System.getenv("GOMEDIC_TEST_CACHE");
    Path base = root != null && !root.isEmpty()
        ? Path.of(root) : Path.of(System.getProperty("user.home"), ".cache", "gomedic-test");
    Path dir = base.resolve("binfmt");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /**
   * The unpacked contents ({@code package/...}) of the npm package {@code spec} (name@version), fetched once with
   * {@code npm pack}. Skips (fails under CI) when npm or the registry cannot be reached.
   */
  public static Path npmPackage(String spec) {
    Path dir = cache().resolve("npm");
    String base = spec.replace("@", "").replace('/', '-');
    Path unpacked = dir.resolve("unpacked").resolve(base);
    if (Files.isDirectory(unpacked.resolve("package"))) {
      return unpacked.resolve("package");
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempDirectory(dir, "pack");
      Result r = run(List.of("npm", "pack", spec, "--silent", "--pack-destination", tmp.toString()), tmp,
          Map.of(), 300);
      List<Path> tgz;
      try (var s = Files.list(tmp)) {
        tgz = s.filter(p -> p.toString().endsWith(".tgz")).toList();
      }
      need(r.code == 0 && tgz.size() == 1, "npm pack " + spec + " failed (offline?): " + r.output);
      Path staging = Files.createTempDirectory(dir, "unpack");
      Result t = run(List.of("tar", "xzf", tgz.get(0).toString(), "-C", staging.toString()), staging, Map.of(), 120);
      need(t.code == 0, "tar failed: " + t.output);
      Files.createDirectories(unpacked.getParent());
      Files.move(staging, unpacked, StandardCopyOption.ATOMIC_MOVE);
      Files.deleteIfExists(tgz.get(0));
      Files.deleteIfExists(tmp);
      return unpacked.resolve("package");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One cross-compiled variant of the test program. */
  public record Target(String goos, String goarch, String variant, List<String> flags) {
    public String key() {
      return goos + "-" + goarch + (variant.isEmpty() ? "" : "-" + variant);
    }
  }

  /** The matrix the tests build: every GOOS × GOARCH pair go 1.19 supports here, plus flag variants. */
  public static List<Target> matrix() {
    List<Target> all = new ArrayList<>();
    for (String os : List.of("linux", "darwin", "windows", "freebsd")) {
      for (String arch : List.of("amd64", "arm64", "386", "arm")) {
        if (os.equals("darwin") && (arch.equals("386") || arch.equals("arm"))) {
          continue; // dropped by Go 1.15
        }
        all.add(new Target(os, arch, "", List.of()));
      }
    }
    // Big-endian and other CPUs, 32- and 64-bit: the ELF reader's byte orders and Go's architecture names.
    for (String arch : List.of("ppc64", "ppc64le", "s390x", "mips", "mipsle", "mips64", "riscv64", "loong64")) {
      all.add(new Target("linux", arch, "", List.of()));
    }
    all.add(new Target("linux", "amd64", "trimpath", List.of("-trimpath")));
    all.add(new Target("linux", "amd64", "stripped", List.of("-ldflags=-s -w")));
    all.add(new Target("linux", "amd64", "pie", List.of("-buildmode=pie")));
    all.add(new Target("linux", "386", "stripped", List.of("-ldflags=-s -w")));
    return all;
  }

  /** The test program built for {@code t} with the real go 1.19, CGO_ENABLED=0 (cached). */
  public static Path build(Target t) {
    Path go = Oracle.requireGo();
    Path out = cache().resolve("go119").resolve(PROGRAM_VERSION).resolve(t.key() + (t.goos.equals("windows") ? ".exe" : ""));
    if (Files.isRegularFile(out)) {
      return out;
    }
    try {
      Files.createDirectories(out.getParent());
      Path work = Files.createTempDirectory("gomedic-gobuild");
      Path src = work.resolve("src");
      Files.createDirectories(src.resolve("greet"));
      Files.writeString(src.resolve("go.mod"), "module example.com/hello\n\ngo 1.19\n\n"
          + "require example.com/greet v0.1.0\n\nreplace example.com/greet => ./greet\n");
      Files.writeString(src.resolve("main.go"), "package main\n\nimport (\n\t\"os\"\n\n\t\"example.com/greet\"\n)\n\n"
          + "func main() { os.Stdout.WriteString(greet.Hello() + \"\\n\") }\n");
      Files.writeString(src.resolve("greet/go.mod"), "module example.com/greet\n\ngo 1.19\n");
      Files.writeString(src.resolve("greet/greet.go"), "package greet\n\nfunc Hello() string { return \"hello\" }\n");
      Path tmpOut = out.resolveSibling(out.getFileName() + ".tmp" + ProcessHandle.current().pid());
      List<String> cmd = new ArrayList<>(List.of(go.toString(), "build", "-o", tmpOut.toString()));
      cmd.addAll(t.flags);
      cmd.add(".");
      Map<String, String> env = new java.util.HashMap<>(goEnv(work));
      env.put("GOOS", t.goos);
      env.put("GOARCH", t.goarch);
      Result r = run(cmd, src, env, 900);
      Assertions.assertEquals(0, r.code, "go build " + t.key() + ": " + r.output);
      Files.move(tmpOut, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GOROOT that exists on no machine: baked into {@link #goCommand} builds with GOROOT_FINAL. */
  public static final String MISSING_GOROOT = "/opt/gomedic-missing-goroot";

  /**
   * The go command itself ({@code cmd/go}) rebuilt by the real go 1.19, cached under
   * {@code ${GOMEDIC_TEST_CACHE:-~/.cache/gomedic-test}/goroot/go119-<variant>/go}. Variants: {@code final} (linked
   * with GOROOT_FINAL={@value #MISSING_GOROOT}, so its built-in GOROOT does not exist) and {@code trimpath} (built
   * with -trimpath: no built-in GOROOT at all). The key holds the variant and go 1.19's VERSION file, the inputs.
   */
  public static Path goCommand(String variant) {
    Path go = Oracle.requireGo();
    List<String> flags = switch (variant) {
      case "final" -> List.of();
      case "trimpath" -> List.of("-trimpath");
      default -> throw new IllegalArgumentException("unknown variant " + variant);
    };
    try {
      String version = Files.readString(Oracle.GOROOT_119.resolve("VERSION")).lines().findFirst().orElse("").trim();
      Path out = cache().resolveSibling("goroot").resolve(version + "-" + variant).resolve("go");
      if (Files.isRegularFile(out)) {
        return out;
      }
      Files.createDirectories(out.getParent());
      Path work = Files.createTempDirectory("gomedic-gocmd");
      Path tmpOut = out.resolveSibling("go.tmp" + ProcessHandle.current().pid());
      List<String> cmd = new ArrayList<>(List.of(go.toString(), "build", "-o", tmpOut.toString()));
      cmd.addAll(flags);
      cmd.add("cmd/go");
      Map<String, String> env = new java.util.HashMap<>(goEnv(work));
      if (variant.equals("final")) {
        env.put("GOROOT_FINAL", MISSING_GOROOT);
      }
      Result r = run(cmd, work, env, 1200);
      Assertions.assertEquals(0, r.code, "go build cmd/go (" + variant + "): " + r.output);
      Files.move(tmpOut, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A program that prints {@code runtime.GOROOT()} (so the linker keeps {@code runtime.defaultGOROOT}), built for
   * {@code t} by the real go 1.19 with GOROOT_FINAL={@value #MISSING_GOROOT}; cached under
   * {@code .../goroot/prog-g1/}.
   */
  public static Path gorootProgram(Target t) {
    Path go = Oracle.requireGo();
    Path out = cache().resolveSibling("goroot").resolve("prog-g1")
        .resolve(t.key() + (t.goos.equals("windows") ? ".exe" : ""));
    if (Files.isRegularFile(out)) {
      return out;
    }
    try {
      Files.createDirectories(out.getParent());
      Path work = Files.createTempDirectory("gomedic-gorootprog");
      Path src = work.resolve("src");
      Files.createDirectories(src);
      Files.writeString(src.resolve("go.mod"), "module example.com/goroot\n\ngo 1.19\n");
      Files.writeString(src.resolve("main.go"), "package main\n\nimport (\n\t\"os\"\n\t\"runtime\"\n)\n\n"
          + "func main() { os.Stdout.WriteString(runtime.GOROOT() + \"\\n\") }\n");
      Path tmpOut = out.resolveSibling(out.getFileName() + ".tmp" + ProcessHandle.current().pid());
      List<String> cmd = new ArrayList<>(List.of(go.toString(), "build", "-o", tmpOut.toString()));
      cmd.addAll(t.flags);
      cmd.add(".");
      Map<String, String> env = new java.util.HashMap<>(goEnv(work));
      env.put("GOOS", t.goos);
      env.put("GOARCH", t.goarch);
      env.put("GOROOT_FINAL", MISSING_GOROOT);
      Result r = run(cmd, src, env, 900);
      Assertions.assertEquals(0, r.code, "go build " + t.key() + ": " + r.output);
      Files.move(tmpOut, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A trivial program whose main package has the import path {@code mainPath} (e.g. {@code golang.org/dl/go1.22.1},
   * the shape of golang.org/dl's wrappers), built by the real go 1.19 for the host; cached under
   * {@code .../goroot/main-m1/}. Its build info names {@code mainPath}; it does nothing.
   */
  public static Path mainProgram(String mainPath) {
    Path go = Oracle.requireGo();
    Path out = cache().resolveSibling("goroot").resolve("main-m1").resolve(mainPath.replace('/', '_'));
    if (Files.isRegularFile(out)) {
      return out;
    }
    int slash = mainPath.lastIndexOf('/');
    String module = slash < 0 ? mainPath : mainPath.substring(0, slash);
    String pkg = slash < 0 ? "." : mainPath.substring(slash + 1);
    try {
      Files.createDirectories(out.getParent());
      Path work = Files.createTempDirectory("gomedic-mainprog");
      Path src = work.resolve("src");
      Files.createDirectories(src.resolve(pkg));
      Files.writeString(src.resolve("go.mod"), "module " + module + "\n\ngo 1.19\n");
      Files.writeString(src.resolve(pkg).resolve("main.go"), "package main\n\nfunc main() {}\n");
      Path tmpOut = out.resolveSibling(out.getFileName() + ".tmp" + ProcessHandle.current().pid());
      Result r = run(List.of(go.toString(), "build", "-o", tmpOut.toString(), "./" + (pkg.equals(".") ? "" : pkg)),
          src, goEnv(work), 900);
      Assertions.assertEquals(0, r.code, "go build " + mainPath + ": " + r.output);
      Files.move(tmpOut, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code go version -m FILE...} of the real go 1.19: stdout and stderr, and the exit code. */
  public static Result goVersionM(Path dir, List<String> args) {
    Path go = Oracle.requireGo();
    List<String> cmd = new ArrayList<>(List.of(go.toString(), "version", "-m"));
    cmd.addAll(args);
    try {
      Path work = Files.createTempDirectory("gomedic-goversion");
      return run(cmd, dir, goEnv(work), 300);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outcome of a process: exit code, stdout, and stdout+stderr for messages. */
  public record Result(int code, String stdout, String stderr, String output) {}

  private static Map<String, String> goEnv(Path work) {
    Path shared = cache().resolve("go119").resolve("gocache");
    return Map.of(
        "HOME", work.toString(),
        "PATH", "/usr/bin:/bin",
        "GOFLAGS", "",
        "GOTOOLCHAIN", "local",
        "GOPROXY", "off",
        "GOCACHE", shared.toString(),
        "GOMODCACHE", work.resolve("modcache").toString(),
        "GOPATH", work.resolve("gopath").toString(),
        "CGO_ENABLED", "0",
        "GO111MODULE", "on");
  }

  private static Result run(List<String> cmd, Path dir, Map<String, String> env, int timeoutSeconds)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    if (!env.isEmpty()) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Path errFile = Files.createTempFile("gomedic-proc", ".err");
    pb.redirectError(errFile.toFile());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(-1, "", e.toString(), e.toString());
    }
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "", "timeout", "timeout");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    String so = new String(out, StandardCharsets.UTF_8);
    String se = Files.readString(errFile, StandardCharsets.UTF_8);
    Files.deleteIfExists(errFile);
    return new Result(p.exitValue(), so, se, so + se);
  }

  private static void need(boolean ok, String reason) {
    if (Oracle.inCi()) {
      Assertions.assertTrue(ok, reason);
    } else {
      Assumptions.assumeTrue(ok, reason);
    }
  }
}
