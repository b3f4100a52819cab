package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Platform;
import dev.gomedic.binfmt.buildinfo.BuildInfoException;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one file: headers and the build info of every thin image, for judging on the host. */
final class Inspector {
  private final Platform host;
  private final boolean runtimeVersion;

  /** With {@code runtimeVersion}, binaries without build info are scanned for the runtime's version string. */
  Inspector(Platform host, boolean runtimeVersion) {
    this.host = host;
    this.runtimeVersion = runtimeVersion;
  }

  /** Inspects {@code path}, shown as {@code display}; throws on unreadable or malformed files. */
  Inspection inspect(Path path, String display) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      BinaryInput in = BinaryInput.of(ch, display);
      Executable exe = Executables.read(in);
      List<Image> images = exe instanceof FatImage f ? f.slices() : List.of((Image) exe);
      List<Inspection.SliceInfo> slices = new ArrayList<>();
      for (Image img : images) {
        try {
          BuildInfoReader.Result r = BuildInfoReader.read(in, img);
          Optional<String> v = runtimeVersion && r instanceof BuildInfoReader.Missing
              ? BuildInfoReader.runtimeVersion(in, img) : Optional.empty();
          slices.add(new Inspection.SliceInfo(img, Optional.of(r), "", v));
        } catch (BuildInfoException e) {
          slices.add(new Inspection.SliceInfo(img, Optional.empty(), e.getMessage(), Optional.empty()));
        }
      }
      return new Inspection(display, exe, host, slices);
    }
  }
}
