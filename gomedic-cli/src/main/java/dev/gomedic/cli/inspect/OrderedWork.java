package dev.gomedic.cli.inspect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tasks run on the calling thread and a few helper threads, their results handed to a sink in the order the
 * tasks were added. The thread that adds tasks also runs them once it has added them all (and whenever too many
 * results wait to be handed on), and it alone calls the sink.
 *
 * <p>Built for {@code inspect -m} over a directory, where each task reads one file in well under a millisecond:
 * an executor with futures, a blocking queue and a wake-up per task cost more, in a run that ends before the JIT
 * has compiled them, than reading many of the files.
 */
final class OrderedWork<T> {
  /** Results waiting to be handed on, at most, before the adding thread stops to run tasks itself. */
  private static final int WINDOW = 256;
  /** How long the waiting adder, or a helper that just ran out of tasks, sleeps before looking again. */
  private static final long NAP_NANOS = 50_000;
  /** The longest an idle helper sleeps: naps double while there is nothing to do (output blocked on a pager). */
  private static final long MAX_NAP_NANOS = 2_000_000;

  private static final class Slot<T> {
    private final Supplier<T> task;
    private volatile boolean done;
    private T result;
    private Throwable failure;

    Slot(Supplier<T> task, T result) {
      this.task = task;
      this.result = result;
      this.done = task == null;
    }

    void run() {
      try {
        result = task.get();
      } catch (Throwable e) { // an Error too: a slot never done would leave the adding thread waiting forever
        failure = e;
      }
      done = true; // volatile write: publishes result and failure
    }
  }

  private final int helpers;
  private final Consumer<T> sink;
  /** Every slot not yet handed on, in order; only the adding thread touches it. */
  private final ArrayDeque<Slot<T>> unprinted = new ArrayDeque<>();
  /** Slots with tasks, in order; {@link #claimed} of them have been taken. Guarded by this. */
  private final List<Slot<T>> queued = new ArrayList<>();
  private int claimed;
  private volatile boolean closed;
  private final List<Thread> threads = new ArrayList<>();

  /** Runs tasks on the calling thread and up to {@code helpers} more, handing results to {@code sink}. */
  OrderedWork(int helpers, Consumer<T> sink) {
    this.helpers = helpers;
    this.sink = sink;
  }

  /** Adds a result known without running anything. */
  void addDone(T result) {
    unprinted.add(new Slot<>(null, result));
    handOnReady();
  }

  /** Adds a task; helpers start on the first. */
  void add(Supplier<T> task) {
    Slot<T> s = new Slot<>(task, null);
    unprinted.add(s);
    synchronized (this) {
      queued.add(s);
    }
    if (threads.size() < helpers) {
      Thread t = new Thread(this::help, "gomedic-inspect");
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    handOnReady();
    while (unprinted.size() > WINDOW) {
      Slot<T> mine = claim();
      if (mine != null) {
        mine.run();
      } else {
        LockSupport.parkNanos(NAP_NANOS);
      }
      handOnReady();
    }
  }

  /** Runs what is left, hands every result on, and waits for the helpers to stop. */
  void finish() {
    closed = true;
    for (Slot<T> s = claim(); s != null; s = claim()) {
      s.run();
      handOnReady();
    }
    while (!unprinted.isEmpty()) {
      if (!unprinted.peek().done) {
        LockSupport.parkNanos(NAP_NANOS);
      }
      handOnReady();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** Stops the helpers once their current tasks end, without running or handing on anything more. */
  void abandon() {
    synchronized (this) {
      queued.clear();
      claimed = 0;
    }
    closed = true;
  }

  /** The next task to run, or null; the list lets go of it, so results do not pile up there. */
  private synchronized Slot<T> claim() {
    if (claimed >= queued.size()) {
      return null;
    }
    Slot<T> s = queued.get(claimed);
    queued.set(claimed++, null);
    return s;
  }

  private void help() {
    long nap = NAP_NANOS;
    while (true) {
      Slot<T> s = claim();
      if (s == null) {
        if (closed && (s = claim()) == null) {
          return;
        }
        if (s == null) {
          LockSupport.parkNanos(nap);
          nap = Math.min(2 * nap, MAX_NAP_NANOS);
          continue;
        }
      }
      nap = NAP_NANOS;
      s.run();
    }
  }

  /** Hands on the finished results at the head, in order; a task's exception is rethrown here. */
  private void handOnReady() {
    while (!unprinted.isEmpty() && unprinted.peek().done) {
      Slot<T> s = unprinted.poll();
      if (s.failure != null) {
        abandon();
        if (s.failure instanceof Error e) {
          throw e;
        }
        throw new IllegalStateException(s.failure);
      }
      sink.accept(s.result);
    }
  }
}
