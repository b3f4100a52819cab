package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    // Reported by add() or finish(), whichever hands results on first after the task failed.
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> {
      OrderedWork<Integer> w = new OrderedWork<>(helpers, n -> { });
      for (int i = 0; i < 10; i++) {
        int n = i;
        w.add(() -> {
          if (n == 0) {
            throw new AssertionError("task 0");
          }
          return n;
        });
      }
      w.finish();
    }).isInstanceOf(AssertionError.class).hasMessage("task 0"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void aTaskThatThrowsIsReportedWhenItsTurnComes(int helpers) {
    List<Integer> got = new ArrayList<>();
    // Reported by add() or finish(), whichever hands results on first after the task failed.
    assertThatThrownBy(() -> {
      OrderedWork<Integer> w = new OrderedWork<>(helpers, got::add);
      for (int i = 0; i < 10; i++) {
        int n = i;
        w.add(() -> {
          if (n == 5) {
            throw new IllegalArgumentException("task 5");
          }
          return n;
        });
      }
      w.finish();
    }).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("task 5");
    assertThat(got).as("results before the failing task").containsExactly(0, 1, 2, 3, 4);
  }
}
