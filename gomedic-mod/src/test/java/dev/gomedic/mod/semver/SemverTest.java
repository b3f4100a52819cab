package dev.gomedic.mod.semver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The vector table of x/mod's semver_test.go (0.7.0 and the newest), in increasing order. */
class SemverTest {

  /** Input and canonical form ("" when invalid); rows are listed in increasing version order. */
  static final String[][] TESTS = {
      new String[] {"bad", ""},
      new String[] {"v1-alpha.beta.gamma", ""},
      new String[] {"v1-pre", ""},
      new String[] {"v1+meta", ""},
      new String[] {"v1-pre+meta", ""},
      new String[] {"v1.2-pre", ""},
      new String[] {"v1.2+meta", ""},
      new String[] {"v1.2-pre+meta", ""},
      new String[] {"v1.0.0-alpha", "v1.0.0-alpha"},
      new String[] {"v1.0.0-alpha.1", "v1.0.0-alpha.1"},
      new String[] {"v1.0.0-alpha.beta", "v1.0.0-alpha.beta"},
      new String[] {"v1.0.0-beta", "v1.0.0-beta"},
      new String[] {"v1.0.0-beta.2", "v1.0.0-beta.2"},
      new String[] {"v1.0.0-beta.11", "v1.0.0-beta.11"},
      new String[] {"v1.0.0-rc.1", "v1.0.0-rc.1"},
      new String[] {"v1", "v1.0.0"},
      new String[] {"v1.0", "v1.0.0"},
      new String[] {"v1.0.0", "v1.0.0"},
      new String[] {"v1.2", "v1.2.0"},
      new String[] {"v1.2.0", "v1.2.0"},
      new String[] {"v1.2.3-456", "v1.2.3-456"},
      new String[] {"v1.2.3-456.789", "v1.2.3-456.789"},
      new String[] {"v1.2.3-456-789", "v1.2.3-456-789"},
      new String[] {"v1.2.3-456a", "v1.2.3-456a"},
      new String[] {"v1.2.3-pre", "v1.2.3-pre"},
      new String[] {"v1.2.3-pre+meta", "v1.2.3-pre"},
      new String[] {"v1.2.3-pre.1", "v1.2.3-pre.1"},
      new String[] {"v1.2.3-zzz", "v1.2.3-zzz"},
      new String[] {"v1.2.3", "v1.2.3"},
      new String[] {"v1.2.3+meta", "v1.2.3"},
      new String[] {"v1.2.3+meta-pre", "v1.2.3"},
      new String[] {"v1.2.3+meta-pre.sha.256a", "v1.2.3"}
  };

  static Stream<Arguments> vectors() {
    return Stream.of(TESTS).map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "canonical({0}) = {1}")
  @MethodSource("vectors")
  void isValidAndCanonical(String in, String out) {
    assertThat(Semver.isValid(in)).as("isValid(%s)", in).isEqualTo(!out.isEmpty());
    assertThat(Semver.canonical(in)).as("canonical(%s)", in).isEqualTo(out);
  }

  @ParameterizedTest(name = "parts of {0}")
  @MethodSource("vectors")
  void majorMinorPrereleaseBuild(String in, String out) {
    String wantMajor = out.contains(".") ? out.substring(0, out.indexOf('.')) : "";
    assertThat(Semver.major(in)).as("major(%s)", in).isEqualTo(wantMajor);

    String wantMM = "";
    if (!out.isEmpty()) {
      wantMM = in;
      if (wantMM.contains("+")) wantMM = wantMM.substring(0, wantMM.indexOf('+'));
      if (wantMM.contains("-")) wantMM = wantMM.substring(0, wantMM.indexOf('-'));
      long dots = wantMM.chars().filter(c -> c == '.').count();
      if (dots == 0) wantMM += ".0";
      else if (dots == 2) wantMM = wantMM.substring(0, wantMM.lastIndexOf('.'));
    }
    assertThat(Semver.majorMinor(in)).as("majorMinor(%s)", in).isEqualTo(wantMM);

    String wantPre = !out.isEmpty() && out.contains("-") ? out.substring(out.indexOf('-')) : "";
    assertThat(Semver.prerelease(in)).as("prerelease(%s)", in).isEqualTo(wantPre);

    String wantBuild = !out.isEmpty() && in.contains("+") ? in.substring(in.indexOf('+')) : "";
    assertThat(Semver.build(in)).as("build(%s)", in).isEqualTo(wantBuild);
  }

  @Test
  void compareAndMaxFollowTableOrder() {
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < TESTS.length; i++) {
      for (int j = 0; j < TESTS.length; j++) {
        String vi = TESTS[i][0];
        String vj = TESTS[j][0];
        int want = TESTS[i][1].equals(TESTS[j][1]) ? 0 : i < j ? -1 : 1;
        int got = Semver.compare(vi, vj);
        if (got != want) errors.add("compare(" + vi + ", " + vj + ") = " + got + ", want " + want);
        String wantMax = i < j ? Semver.canonical(vj) : Semver.canonical(vi);
        String gotMax = Semver.max(vi, vj);
        if (!gotMax.equals(wantMax)) errors.add("max(" + vi + ", " + vj + ") = " + gotMax + ", want " + wantMax);
      }
    }
    assertThat(errors).isEmpty();
  }

  /** The golden order of the newest x/mod's TestSort (ties broken by string order). */
  static final List<String> SORTED = List.of(
      "bad", "v1+meta", "v1-alpha.beta.gamma", "v1-pre", "v1-pre+meta", "v1.2+meta", "v1.2-pre",
      "v1.2-pre+meta", "v1.0.0-alpha", "v1.0.0-alpha.1", "v1.0.0-alpha.beta", "v1.0.0-beta",
      "v1.0.0-beta.2", "v1.0.0-beta.11", "v1.0.0-rc.1", "v1", "v1.0", "v1.0.0", "v1.2", "v1.2.0",
      "v1.2.3-456", "v1.2.3-456.789", "v1.2.3-456-789", "v1.2.3-456a", "v1.2.3-pre",
      "v1.2.3-pre+meta", "v1.2.3-pre.1", "v1.2.3-zzz", "v1.2.3", "v1.2.3+meta", "v1.2.3+meta-pre",
      "v1.2.3+meta-pre.sha.256a");

  @ParameterizedTest(name = "shuffle seed {0}")
  @MethodSource("seeds")
  void sortMatchesGolden(int seed) {
    List<String> versions = new ArrayList<>(SORTED);
    Collections.shuffle(versions, new Random(seed));
    Semver.sort(versions);
    assertThat(versions).as("sorted list").isEqualTo(SORTED);
  }

  static IntStream seeds() {
    return IntStream.range(0, 10);
  }

  @Test
  void oddInputsAreInvalidNotExceptions() {
    for (String s : new String[] {"", "v", "v01", "v1.02", "v1.2.3-01", "v1.2.3-", "v1.2.3+", "v1.2.3-a..b", "V1", "v1.2.3.4", "v1..2", "v\u0661"}) {
      assertThat(Semver.isValid(s)).as("isValid(%s)", s).isFalse();
      assertThat(Semver.canonical(s)).as("canonical(%s)", s).isEmpty();
    }
    assertThat(Semver.isValid(null)).isFalse();
    assertThat(Semver.canonical("v1.2.3-01a")).isEqualTo("v1.2.3-01a");
    assertThat(Semver.canonical("v1.2.3+01")).isEqualTo("v1.2.3");
  }
}
