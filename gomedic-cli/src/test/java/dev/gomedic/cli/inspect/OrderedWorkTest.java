package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderedWorkTest {
  /** More tasks than the window, of uneven lengths, mixed with ready results: all handed on, in order. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 3})
  void handsResultsOnInTheOrderAdded(int helpers) {
    List<Integer> got = new ArrayList<>();
    OrderedWork<Integer> w = new OrderedWork<>(helpers, got::add);
    List<Integer> want = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int n = i;
      if (i % 7 == 0) {
        w.addDone(n);
      } else {
        w.add(() -> {
          if (n % 13 == 0) {
            LockSupport.parkNanos(200_000);
          }
          return n;
        });
      }
      want.add(n);
    }
    w.finish();
    assertThat(got).as("got %s, want %s", got, want).isEqualTo(want);
  }

  /** An Error on a helper thread (NoClassDefFoundError when the jar is replaced mid-run, OutOfMemoryError). */
  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void anErrorInATaskEndsTheRunInsteadOfHangingIt(int helpers) {
    assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> assertThatThrownBy(() -> runFailing(helpers, 0, new AssertionError("task 0"), n -> { }))
            .isInstanceOf(AssertionError.class).hasMessage("task 0"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void aTaskThatThrowsIsReportedWhenItsTurnComes(int helpers) {
    List<Integer> got = new ArrayList<>();
    assertThatThrownBy(() -> runFailing(helpers, 5, new IllegalArgumentException("task 5"), got::add))
        .isInstanceOf(IllegalStateException.class).hasRootCauseMessage("task 5");
    assertThat(got).as("results before the failing task").containsExactly(0, 1, 2, 3, 4);
  }

  /**
   * Runs ten tasks, task {@code failAt} throwing {@code failure}; what it throws is reported by add() or finish(),
   * whichever hands results on first after the task failed.
   */
  private static void runFailing(int helpers, int failAt, Throwable failure, Consumer<Integer> sink) {
    OrderedWork<Integer> w = new OrderedWork<>(helpers, sink);
    for (int i = 0; i < 10; i++) {
      int n = i;
      w.add(() -> {
        if (n == failAt) {
          if (failure instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) failure;
        }
        return n;
      });
    }
    w.finish();
  }
}
