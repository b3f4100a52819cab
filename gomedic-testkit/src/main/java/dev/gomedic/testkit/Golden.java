package dev.gomedic.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/**
 * Golden files: compares output with a checked-in {@code .golden} file. Run with {@code -Dgomedic.update=true}
 * to rewrite the golden files under {@code src/test/resources} instead of comparing.
 */
public final class Golden {
  private Golden() {}

  public static boolean updating() {
    return Boolean.getBoolean("gomedic.update");
  }

  /**
   * Asserts that {@code got} equals the golden file's text. {@code golden} is a path relative to the module's
   * {@code src/test/resources}.
   */
  public static void assertMatches(String got, String golden) throws IOException {
    Path file = Path.of("src/test/resources").resolve(golden);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, got, StandardCharsets.UTF_8);
      return;
    }
    String want = Files.readString(file, StandardCharsets.UTF_8);
    if (!want.equals(got)) {
      Assertions.fail(golden + ": output differs from the golden file\n--- got\n" + got + "\n--- want\n" + want);
    }
  }
}
