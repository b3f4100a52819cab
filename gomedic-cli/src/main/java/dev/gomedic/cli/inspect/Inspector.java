package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Platform;
import dev.gomedic.binfmt.buildinfo.BuildInfoException;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one file: headers and the build info of every thin image, for judging on the host. */
final class Inspector {
  private final Platform host;
  private final boolean runtimeVersion;
  /** Each reading thread's search buffer, reused from file to file. */
  private final ThreadLocal<BuildInfoReader.Scratch> scratch = ThreadLocal.withInitial(BuildInfoReader.Scratch::new);

  /** With {@code runtimeVersion}, binaries without build info are scanned for the runtime's version string. */
  Inspector(Platform host, boolean runtimeVersion) {
    this.host = host;
    this.runtimeVersion = runtimeVersion;
  }

  /** Inspects {@code path}, shown as {@code display}; throws on unreadable or malformed files. */
  Inspection inspect(Path path, String display) throws IOException {
    // RandomAccessFile, not FileChannel: see BinaryInput.of(RandomAccessFile).
    try (RandomAccessFile raf = open(path)) {
      BinaryInput in = BinaryInput.of(raf, display);
      Executable exe = Executables.read(in);
      List<Image> images = exe instanceof FatImage f ? f.slices() : List.of((Image) exe);
      List<Inspection.SliceInfo> slices = new ArrayList<>();
      for (Image img : images) {
        try {
          BuildInfoReader.Result r = BuildInfoReader.read(in, img, scratch.get());
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

  /** Opens {@code path} for reading, failing as NIO would: NoSuchFileException, AccessDeniedException. */
  private static RandomAccessFile open(Path path) throws IOException {
    try {
      return new RandomAccessFile(path.toFile(), "r");
    } catch (FileNotFoundException e) {
      // RandomAccessFile says every failure to open this way; the callers tell missing from unreadable files.
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      if (!Files.isReadable(path)) {
        throw new AccessDeniedException(path.toString());
      }
      throw new IOException(path + ": " + e.getMessage(), e);
    }
  }
}
