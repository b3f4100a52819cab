package dev.gomedic.mod.modfile;

import dev.gomedic.mod.gotext.Utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Truncated and mutated versions of x/mod's test files: parsing either succeeds or throws
 * {@link ModFileException} (never anything else, never slowly), and whatever parses strictly formats to a
 * fixed point. (A lax parse can print a version token it unquoted, as x/mod does, so it is only checked for
 * failing cleanly.)
 */
class RobustnessTest {
  @TestFactory
  Stream<DynamicTest> truncatedAndMutatedFilesFailCleanly() throws IOException {
    Path dir = Oracle.requireXMod().resolve("modfile/testdata");
    List<Path> files;
    try (Stream<Path> s = Stream.concat(Files.list(dir), Files.list(dir.resolve("work")))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    return files.stream().map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> {
      byte[] data = Files.readAllBytes(p);
      Random random = new Random(data.length);
      Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        for (int n = 0; n <= data.length; n++) {
          check(java.util.Arrays.copyOf(data, n));
        }
        for (int k = 0; k < 300; k++) {
          byte[] m = data.clone();
          for (int j = 0; j < 3 && m.length > 0; j++) {
            m[random.nextInt(m.length)] = (byte) random.nextInt(256);
          }
          check(m);
        }
      });
    }));
  }

  private static void check(byte[] data) {
    try {
      ModFile.parseLax("f", data, null).format();
    } catch (ModFileException e) {
      assertThat(e.problems()).isNotEmpty();
    } catch (RuntimeException e) {
      fail("lax parse threw " + e + " for input " + java.util.Arrays.toString(data), e);
    }
    for (boolean work : new boolean[] {false, true}) {
      String once;
      try {
        once = work ? WorkFile.parse("f", data).format() : ModFile.parse("f", data).format();
      } catch (ModFileException e) {
        assertThat(e.problems()).isNotEmpty();
        continue;
      } catch (RuntimeException e) {
        fail("parse threw " + e + " for input " + java.util.Arrays.toString(data), e);
        return;
      }
      if (once.contains("retract")) {
        continue; // retract versions are not checked at parse time and their tokens are rewritten unquoted (as in Go)
      }
      try {
        byte[] again = Utf8.encode(once);
        String twice = work ? WorkFile.parse("f", again).format() : ModFile.parse("f", again).format();
        assertThat(twice).as("format is a fixed point").isEqualTo(once);
      } catch (ModFileException e) {
        fail("formatted output does not parse: " + e.getMessage() + "\n" + java.util.Arrays.toString(data) + "\n" + once);
      }
    }
  }
}
