package dev.gomedic.discovery;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.buildinfo.DefaultGoroot;
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
 * <p>The GOROOT baked in at link time ({@code runtime.defaultGOROOT}) is read with {@link DefaultGoroot}: from the
 * symbol table, or by a bounded scan of a stripped binary's data.
 */
public final class BuildInfoBinaryReader implements GoBinaryReader {
  private static String how(DefaultGoroot.How how) {
    return how == DefaultGoroot.How.SYMBOL ? "symbol table" : "data scan";
  }

  @Override
  public Optional<Facts> read(Path binary) {
    String name = binary.toString();
    try (FileChannel ch = FileChannel.open(binary, StandardOpenOption.READ)) {
      Executable exe = Executables.read(ch, name);
      Image image = exe instanceof FatImage fat ? fat.slices().get(0) : (Image) exe;
      BinaryInput in = BinaryInput.of(ch, name);
      Optional<String> version;
      if (BuildInfoReader.read(in, image) instanceof BuildInfoReader.Found found) {
        version = Optional.of(found.info().goVersion());
      } else {
        version = BuildInfoReader.runtimeVersion(in, image);
      }
      if (version.isEmpty()) {
        return Optional.empty();
      }
      DefaultGoroot.Result baked = DefaultGoroot.read(in, image, version.get());
      if (baked instanceof DefaultGoroot.Baked b) {
        return Optional.of(new Facts(version.get(), Optional.of(b.goroot()), false, how(b.how())));
      }
      if (baked instanceof DefaultGoroot.Trimmed t) {
        return Optional.of(new Facts(version.get(), Optional.empty(), true, how(t.how())));
      }
      return Optional.of(new Facts(version.get(), Optional.empty(), false, ((DefaultGoroot.Unknown) baked).why()));
    } catch (IOException e) {
      // not an executable, unreadable, or malformed: the caller reports the version as unknown
      return Optional.empty();
    }
  }
}
