package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the gomedic command line inside this JVM through {@link Gomedic#run}, with a time limit, so that a parser
 * that hangs on one input fails that input instead of the whole test run.
 */
final class InProcessGomedic implements AutoCloseable {
  /** What one gomedic run did. Exit code -1: it timed out; -2: {@link Gomedic#run} threw. */
  record Run(int exitCode, String stdout, String stderr) {
    byte[] stdoutBytes() {
      return stdout.getBytes(StandardCharsets.UTF_8);
    }

    List<String> stderrLines() {
      return stderr.isEmpty() ? List.of() : stderr.lines().toList();
    }

    /** True when stderr is exactly one line {@code gomedic: ...} and shows no Java exception or stack frame. */
    boolean oneCleanErrorLine() {
      List<String> lines = stderrLines();
      return lines.size() == 1
          && lines.get(0).startsWith("gomedic: ")
          && !lines.get(0).contains("Exception")
          && !lines.get(0).contains("\tat ");
    }

    private static final Pattern POSITION = Pattern.compile("go\\.(?:mod|work):(\\d+)(?::(\\d+))?:");

    /** The line named by the first {@code go.mod:LINE[:COL]:} in stderr, or 0. */
    int errorLine() {
      Matcher m = POSITION.matcher(stderr);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The column named by the first {@code go.mod:LINE:COL:} in stderr, or 0. */
    int errorColumn() {
      Matcher m = POSITION.matcher(stderr);
      return m.find() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + (stderr.isEmpty() ? "" : ", stderr: " + stderr.strip());
    }
  }

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gomedic-in-process");
    t.setDaemon(true);
    return t;
  });
  private ExecutorService current = worker;
  private final Duration timeout;

  InProcessGomedic(Duration timeout) {
    this.timeout = timeout;
  }

  /** Runs {@code gomedic args...} with {@code dir} as the working directory. */
  Run run(Path dir, String... args) {
    Future<Run> f = current.submit(() -> runNow(dir, args));
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      // The stuck thread may never end; leave it (a daemon) and carry on with a fresh one.
      current = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gomedic-in-process");
        t.setDaemon(true);
        return t;
      });
      return new Run(-1, "", "timed out after " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      return new Run(-2, "", "threw " + e.getCause());
    }
  }

  private static Run runNow(Path dir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
      code = Gomedic.run(args, o, e, new CliContext(Map.of("HOME", dir.toString()), dir, false));
    }
    return new Run(code, out.toString(), err.toString());
  }

  @Override
  public void close() {
    current.shutdownNow();
    worker.shutdownNow();
  }
}
