package dev.gomedic.discovery;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The {@link GoBinaryReader} backed by gomedic-binfmt: the Go version from the binary's build info (what
 * {@code go version go} prints), or, for a binary without build info, from the runtime's version string. For a
 * universal Mach-O the first slice answers: every slice of a Go release is built from the same sources.
 *
 * <p>The GOROOT baked in at link time is not read yet ({@link Facts#defaultGoroot()} stays empty): it lives in a
 * linker-set string variable, which needs a symbol-table lookup.
 */
public final class BuildInfoBinaryReader implements GoBinaryReader {
  @Override
  public Optional<Facts> read(Path binary) {
    String name = binary.toString();
    try (FileChannel ch = FileChannel.open(binary, StandardOpenOption.READ)) {
      Executable exe = Executables.read(ch, name);
      Image image = exe instanceof FatImage fat ? fat.slices().get(0) : (Image) exe;
      BinaryInput in = BinaryInput.of(ch, name);
      if (BuildInfoReader.read(in, image) instanceof BuildInfoReader.Found found) {
        return Optional.of(new Facts(found.info().goVersion(), Optional.empty()));
      }
      return BuildInfoReader.runtimeVersion(in, image).map(v -> new Facts(v, Optional.empty()));
    } catch (IOException e) {
      // not an executable, unreadable, or malformed: the caller reports the version as unknown
      return Optional.empty();
    }
  }
}
