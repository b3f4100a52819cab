package dev.gomedic.toolchain.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks an unpacked tree is the Go that was asked for: a {@code VERSION} file whose first line is the release
 * name, and a {@code bin/go} (or {@code bin/go.exe}) whose architecture the {@link BinaryCheck} accepts.
 */
public final class GoTreeCheck {
  /**
   * Says whether an executable is for a GOOS/GOARCH. The inspect code (ELF/Mach-O/PE reading) implements it;
   * {@link #NOT_CHECKED} accepts everything.
   */
  @FunctionalInterface
  public interface BinaryCheck {
    BinaryCheck NOT_CHECKED = (bin, goos, goarch) -> Optional.empty();

    /** A problem ("is linux/arm64, want linux/amd64"), or empty when the binary fits. */
    Optional<String> mismatch(Path binary, String goos, String goarch) throws IOException;
  }

  private final BinaryCheck binaries;

  public GoTreeCheck(BinaryCheck binaries) {
    this.binaries = binaries;
  }

  /** Throws naming the first problem found. */
  public void check(Path root, String version, String goos, String goarch) throws IOException {
    Path vf = root.resolve("VERSION");
    if (!Files.isRegularFile(vf)) {
      throw new IOException(version + ": archive is not a Go tree: no go/VERSION");
    }
    String first = Files.readAllLines(vf).stream().findFirst().orElse("").strip();
    if (!first.equals(version)) {
      throw new IOException(version + ": archive holds " + (first.isEmpty() ? "an empty VERSION" : first)
          + ", want " + version);
    }
    Path go = root.resolve("bin").resolve(goos.equals("windows") ? "go.exe" : "go");
    if (!Files.isRegularFile(go)) {
      throw new IOException(version + ": archive is not a Go tree: no go/bin/" + go.getFileName());
    }
    Optional<String> bad = binaries.mismatch(go, goos, goarch);
    if (bad.isPresent()) {
      throw new IOException(version + ": go/bin/" + go.getFileName() + " " + bad.get());
    }
  }
}
