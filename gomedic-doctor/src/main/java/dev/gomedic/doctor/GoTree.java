package dev.gomedic.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What a directory must hold to be a Go installation (a GOROOT), and the version it declares. */
public final class GoTree {
  private GoTree() {}

  /** A GOROOT has the standard library's runtime package: {@code src/runtime}. go itself needs nothing more. */
  public static boolean isGoTree(Path dir) {
    try {
      return Files.isDirectory(dir.resolve("src").resolve("runtime"));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The first line of {@code $GOROOT/VERSION} ({@code go1.19.8}), if present. */
  public static Optional<String> version(Path root) {
    try (InputStream in = Files.newInputStream(root.resolve("VERSION"))) {
      String text = new String(in.readNBytes(256), StandardCharsets.UTF_8);
      String first = text.lines().findFirst().orElse("").strip();
      return first.startsWith("go") ? Optional.of(first) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
