package dev.gomedic.mod.modzip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's strToFold: the smallest rune of each simple-folding orbit, A-Z as a-z. */
class CaseFoldTest {
  private static void assertFold(String s, String want) {
    String got = CaseFold.fold(s);
    assertThat(got).as("fold(%s): got %s, want %s", s, got, want).isEqualTo(want);
  }

  @Test
  void asciiLowersAndPlainPathsStay() {
    assertFold("a/b.go", "a/b.go");
    assertFold("M.GO", "m.go");
  }

  @Test
  void orbitsAreJoinedBeyondToLowerCase() {
    assertFold("\u212A", "k"); // Kelvin sign: K k K
    assertFold("\u017F", "s"); // long s: S s ſ
    assertFold("\u03B9", "\u0345"); // iota's orbit holds U+0345, U+0399, U+03B9, U+1FBE
    assertFold("\u1FBE", "\u0345");
    assertFold("\u03C2", "\u03A3"); // final sigma: Σ σ ς
    assertFold("\u1E9E", "\u00DF"); // capital sharp s
    assertFold("\u2126", "\u03A9"); // Ohm sign: Ω ω Ω
  }

  @Test
  void dottedAndDotlessIFoldToI() {
    // strToFold stops at ToLower(İ) = 'i' and at ToUpper(ı) = 'I', so both meet 'i'.
    assertFold("\u0130", "i");
    assertFold("\u0131", "i");
  }

  @Test
  void supplementaryLettersFold() {
    assertFold("\uD801\uDC00", "\uD801\uDC00"); // Deseret capital long I is its orbit's smallest
    assertFold("\uD801\uDC28", "\uD801\uDC00");
  }
}
