package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

  @ParameterizedTest
  @ValueSource(ints = {0, 2})
  void aTaskThatThrowsIsReportedWhenItsTurnComes(int helpers) {
    List<Integer> got = new ArrayList<>();
    AtomicInteger ran = new AtomicInteger();
    OrderedWork<Integer> w = new OrderedWork<>(helpers, got::add);
    for (int i = 0; i < 10; i++) {
      int n = i;
      w.add(() -> {
        ran.incrementAndGet();
        if (n == 5) {
          throw new IllegalArgumentException("task 5");
        }
        return n;
      });
    }
    assertThatThrownBy(w::finish).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("task 5");
    assertThat(got).as("results before the failing task").containsExactly(0, 1, 2, 3, 4);
  }
}
