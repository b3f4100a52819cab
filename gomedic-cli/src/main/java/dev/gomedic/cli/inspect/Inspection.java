package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Platform;
import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.runs.RunsHere;
import dev.gomedic.binfmt.runs.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * What inspecting one file found.
 *
 * @param file the path as shown to the user
 * @param exe the headers
 * @param host the platform "runs here?" is judged for
 * @param slices build info per thin image (one entry, or one per fat slice), each a result or a parse error
 */
record Inspection(String file, Executable exe, Platform host, List<SliceInfo> slices) {
  /** The verdict for the host, judged when asked: {@code -m} never asks. */
  Verdict runsHere() {
    return RunsHere.verdict(exe, host);
  }

  /**
   * Build info of one thin image: {@code result} or, when the module text is malformed, {@code error}; without
   * build info, the version in the runtime's version string if it was looked for and found.
   */
  record SliceInfo(Image image, Optional<BuildInfoReader.Result> result, String error,
      Optional<String> runtimeVersion) {
    Optional<BuildInfo> info() {
      return result.filter(r -> r instanceof BuildInfoReader.Found).map(r -> ((BuildInfoReader.Found) r).info());
    }

    /** The Go version from build info, else from the runtime's version string. */
    Optional<String> goVersion() {
      if (info().isPresent()) {
        return Optional.of(info().get().goVersion());
      }
      return runtimeVersion;
    }
  }

  /** The build info Go itself would report: that of the file, or of a fat file's first slice. */
  SliceInfo primary() {
    return slices.get(0);
  }

  boolean fat() {
    return exe instanceof FatImage;
  }
}
