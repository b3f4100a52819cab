package dev.gomedic.doctor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs checks against a context. Each check runs on its own daemon thread with a time limit; a check that throws
 * or overruns becomes an {@link Outcome.Broken}. Checks run in parallel; outcomes keep the order of the list.
 *
 * <pre>{@code
 * Report r = Doctor.run(context, Checks.all(), Set.of(), Duration.ofSeconds(2));
 * r.findings().get(0).id();   // the root cause, e.g. "GOROOT_INVALID"
 * }</pre>
 */
public final class Doctor {
  private Doctor() {}

  /**
   * Runs {@code checks} (only those whose ID is in {@code only}, when it is not empty) with {@code limit} per
   * check. Throws IllegalArgumentException naming any ID in {@code only} that no check has.
   */
  public static Report run(DoctorContext context, List<Check> checks, Collection<String> only, Duration limit) {
    Set<String> wanted = new LinkedHashSet<>(only);
    Set<String> unknown = new LinkedHashSet<>(wanted);
    checks.forEach(c -> unknown.remove(c.id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("--only: unknown check ID " + String.join(", ", unknown));
    }
    List<Check> selected = checks.stream().filter(c -> wanted.isEmpty() || wanted.contains(c.id())).toList();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, selected.size())),
            r -> {
              Thread t = new Thread(r, "gomedic-check");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<List<Finding>>> futures = new ArrayList<>();
      for (Check c : selected) {
        futures.add(pool.submit(() -> c.run(context)));
      }
      long deadline = System.nanoTime() + limit.toNanos() * Math.max(1, (selected.size() + 3) / 4);
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < selected.size(); i++) {
        outcomes.add(outcome(selected.get(i), futures.get(i), deadline, limit));
      }
      return new Report(outcomes);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome outcome(Check c, Future<List<Finding>> f, long deadline, Duration limit) {
    try {
      long left = Math.max(limit.toNanos(), deadline - System.nanoTime());
      List<Finding> found = f.get(left, TimeUnit.NANOSECONDS);
      return found == null || found.isEmpty() ? new Outcome.Passed(c) : new Outcome.Fired(c, found);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new Outcome.Broken(c, c.id() + ": did not finish within " + limit.toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String msg = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return new Outcome.Broken(c, c.id() + ": check failed: " + msg);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.Broken(c, c.id() + ": interrupted");
    }
  }
}
