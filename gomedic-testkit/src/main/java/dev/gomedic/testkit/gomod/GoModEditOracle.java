package dev.gomedic.testkit.gomod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The real go command as an oracle for go.mod and go.work formatting: runs {@code go mod edit -print|-json go.mod}
 * or {@code go work edit -print|-json go.work} on given bytes, in a scratch directory with a clean environment and
 * a timeout, and caches each answer on disk keyed by the SHA-256 of (go version, mode, content), so that reruns
 * and CI runs do not start go again.
 *
 * <p>The cache lives under {@code $GOMEDIC_TEST_CACHE/modfile-oracle} (default
 * {@code ~/.cache/gomedic-test/modfile-oracle}); deleting it is always safe.
 */
public final class GoModEditOracle {
  /** The two outputs of {@code go mod edit} the differential test compares. */
  public enum Op {
    PRINT("-print"),
    JSON("-json");

    private final String flag;

    Op(String flag) {
      this.flag = flag;
    }

    public String flag() {
      return flag;
    }
  }

  /** What go did: its exit code (-1 when it timed out), stdout bytes and stderr text. */
  public record Result(int exitCode, byte[] stdout, String stderr) {
    public Result {
      stdout = stdout.clone();
    }

    @Override
    public byte[] stdout() {
      return stdout.clone();
    }

    public String stdoutText() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** Both answers of go for one file. */
  public record Answers(Result print, Result json) {}

  private static final String CACHE_FORMAT = "gomedic-oracle v1";

  private final Path go;
  private final String goVersion;
  private final Path cacheDir;
  private final Path scratch;
  private final Duration timeout;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  /**
   * @param go the go binary (its GOROOT is two levels up)
   * @param cacheDir where answers are cached (created on demand)
   * @param scratch a private scratch directory for go's working directories, HOME, GOCACHE and GOPATH
   * @param timeout how long one go run may take
   */
  public GoModEditOracle(Path go, Path cacheDir, Path scratch, Duration timeout) {
    this.go = go;
    this.goVersion = readGoVersion(go);
    this.cacheDir = cacheDir;
    this.scratch = scratch;
    this.timeout = timeout;
  }

  /** The oracle's cache directory for an environment: {@code $GOMEDIC_TEST_CACHE} or {@code ~/.cache/gomedic-test}. */
  public static Path defaultCacheDir(Map<String, String> env) {
    String base = env.get("GOMEDIC_TEST_CACHE");
    if (base == null || base.isEmpty()) {
      base = Path.of(System.getProperty("user.home"), ".cache", "gomedic-test").toString();
    }
    return Path.of(base, "modfile-oracle");
  }

  /** The go version every cache key includes, e.g. {@code go1.19.8}. */
  public String goVersion() {
    return goVersion;
  }

  public int cacheHits() {
    return hits.get();
  }

  public int cacheMisses() {
    return misses.get();
  }

  /** Asks go (or the cache) for both outputs of every file, with {@code threads} go processes at a time. */
  public List<Answers> answerAll(List<CorpusFile> files, int threads) {
    List<Callable<Answers>> tasks = new ArrayList<>();
    for (CorpusFile f : files) {
      tasks.add(() -> new Answers(run(f.kind(), Op.PRINT, f.content()), run(f.kind(), Op.JSON, f.content())));
    }
    return inParallel(tasks, threads);
  }

  /** Runs the tasks (typically calls of {@link #run}) on {@code threads} threads and returns their results in order. */
  public static <T> List<T> inParallel(List<Callable<T>> tasks, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> t : tasks) {
        futures.add(pool.submit(t));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> fut : futures) {
        out.add(fut.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running go", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("running go failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs {@code go KIND edit OP FILE} on {@code content}, or returns the cached answer. */
  public Result run(FileKind kind, Op op, byte[] content) throws IOException, InterruptedException {
    return run(kind, List.of(op.flag()), content);
  }

  /**
   * Runs {@code go KIND edit FLAGS... FILE} on {@code content} (FLAGS such as {@code -require=m@v1.0.0 -print}), or
   * returns the cached answer.
   */
  public Result run(FileKind kind, List<String> flags, byte[] content) throws IOException, InterruptedException {
    String key = key(kind, flags, content);
    Path cached = cacheDir.resolve(key.substring(0, 2)).resolve(key);
    Result r = readCache(cached);
    if (r != null) {
      hits.incrementAndGet();
      return r;
    }
    misses.incrementAndGet();
    r = runGo(kind, flags, content);
    if (r.exitCode() >= 0) {
      writeCache(cached, r);
    }
    return r;
  }

  private Result runGo(FileKind kind, List<String> flags, byte[] content) throws IOException, InterruptedException {
    Files.createDirectories(scratch);
    Path dir = Files.createTempDirectory(scratch, "run");
    try {
      Path work = Files.createDirectories(dir.resolve("a/b"));
      Files.write(work.resolve(kind.fileName()), content);
      Path stdout = dir.resolve("stdout");
      Path stderr = dir.resolve("stderr");
      List<String> cmd = new ArrayList<>(List.of(go.toString(), kind.goCommand(), "edit"));
      cmd.addAll(flags);
      cmd.add(kind.fileName());
      ProcessBuilder pb = new ProcessBuilder(cmd);
      pb.directory(work.toFile());
      pb.redirectOutput(stdout.toFile());
      pb.redirectError(stderr.toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Map<String, String> env = pb.environment();
      env.clear();
      env.putAll(cleanEnv());
      Process p = pb.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        return new Result(-1, new byte[0], "go timed out after " + timeout);
      }
      return new Result(p.exitValue(), Files.readAllBytes(stdout),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
      deleteTree(dir);
    }
  }

  private Map<String, String> cleanEnv() {
    Path goroot = go.toAbsolutePath().getParent().getParent();
    return Map.ofEntries(
        Map.entry("HOME", scratch.resolve("home").toString()),
        Map.entry("PATH", goroot.resolve("bin") + ":/usr/bin:/bin"),
        Map.entry("GOFLAGS", ""),
        Map.entry("GOTOOLCHAIN", "local"),
        Map.entry("GOPROXY", "off"),
        Map.entry("GOSUMDB", "off"),
        Map.entry("GO111MODULE", "on"),
        Map.entry("GOENV", "off"),
        Map.entry("GOCACHE", scratch.resolve("gocache").toString()),
        Map.entry("GOPATH", scratch.resolve("gopath").toString()),
        Map.entry("GOMODCACHE", scratch.resolve("gopath/pkg/mod").toString()));
  }

  private String key(FileKind kind, List<String> flags, byte[] content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String command = goVersion + "\n" + kind.goCommand() + " edit " + String.join(" ", flags) + "\n";
      sha.update(command.getBytes(StandardCharsets.UTF_8));
      sha.update(content);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Result readCache(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    byte[] all = Files.readAllBytes(file);
    // Header: four lines (format, exit code, stdout length, stderr length), then stdout and stderr bytes.
    int pos = 0;
    String[] header = new String[4];
    for (int i = 0; i < 4; i++) {
      int nl = indexOf(all, (byte) '\n', pos);
      if (nl < 0) {
        return null;
      }
      header[i] = new String(all, pos, nl - pos, StandardCharsets.UTF_8);
      pos = nl + 1;
    }
    if (!header[0].equals(CACHE_FORMAT)) {
      return null;
    }
    try {
      int exit = Integer.parseInt(header[1]);
      int outLen = Integer.parseInt(header[2]);
      int errLen = Integer.parseInt(header[3]);
      if (outLen < 0 || errLen < 0 || pos + (long) outLen + errLen != all.length) {
        return null;
      }
      byte[] out = java.util.Arrays.copyOfRange(all, pos, pos + outLen);
      String err = new String(all, pos + outLen, errLen, StandardCharsets.UTF_8);
      return new Result(exit, out, err);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void writeCache(Path file, Result r) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] err = r.stderr().getBytes(StandardCharsets.UTF_8);
    byte[] out = r.stdout();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    buf.write((CACHE_FORMAT + "\n" + r.exitCode() + "\n" + out.length + "\n" + err.length + "\n")
        .getBytes(StandardCharsets.UTF_8));
    buf.write(out);
    buf.write(err);
    Path tmp = Files.createTempFile(file.getParent(), ".tmp", "");
    Files.write(tmp, buf.toByteArray());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static String readGoVersion(Path go) {
    Path versionFile = go.toAbsolutePath().getParent().getParent().resolve("VERSION");
    try {
      String v = Files.readString(versionFile, StandardCharsets.UTF_8);
      return v.lines().findFirst().orElse("").trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the go version from " + versionFile, e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a scratch directory left behind is harmless
    }
  }
}
