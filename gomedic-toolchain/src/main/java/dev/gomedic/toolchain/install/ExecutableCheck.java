package dev.gomedic.toolchain.install;

import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@link GoTreeCheck.BinaryCheck} that reads the executable's headers (ELF, Mach-O, PE): a release archive
 * for linux/amd64 whose {@code bin/go} is an arm64 or a Windows binary is refused before it is installed, since
 * it would fail later with "exec format error". A universal Mach-O fits when one of its slices does.
 */
public final class ExecutableCheck implements GoTreeCheck.BinaryCheck {
  @Override
  public Optional<String> mismatch(Path binary, String goos, String goarch) throws IOException {
    Executable exe = Executables.read(binary);
    if (exe instanceof FatImage fat) {
      for (Image slice : fat.slices()) {
        if (fits(slice, goos, goarch)) {
          return Optional.empty();
        }
      }
      return Optional.of("is a universal binary without a " + goos + "/" + goarch + " slice");
    }
    Image image = (Image) exe;
    return fits(image, goos, goarch)
        ? Optional.empty()
        : Optional.of("is built for " + image.os() + "/" + image.arch() + ", want " + goos + "/" + goarch);
  }

  private static boolean fits(Image image, String goos, String goarch) {
    return image.os().equals(goos) && image.arch().equals(goarch);
  }
}
