package dev.gomedic.cli.toolchain;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.toolchain.catalog.GoVersion;
import dev.gomedic.toolchain.install.Layout;
import dev.gomedic.toolchain.select.Selection;
import dev.gomedic.toolchain.select.Selector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the toolchain commands share: gomedic's home, the host platform, the mirrors, and resolving a selection
 * to an installed GOROOT. The host's OS and CPU come from the host model ({@code Hosts.machine}).
 */
final class Toolchains {
  static final String DEFAULT_DOWNLOAD_BASE = "https://dl.google.com/go/";

  private Toolchains() {}

  static Layout layout(CliContext c) {
    String home = c.env().getOrDefault("GOMEDIC_HOME", "");
    if (!home.isEmpty()) {
      return new Layout(c.resolve(home));
    }
    String user = c.env().getOrDefault("HOME", c.env().getOrDefault("USERPROFILE", ""));
    if (user.isEmpty()) {
      throw new UserError(ExitCode.FAILED, "cannot find gomedic's home: set GOMEDIC_HOME or HOME");
    }
    return new Layout(Path.of(user, ".gomedic"));
  }

  /** The installed releases, listed when iterated (for shell completion); empty when none can be read. */
  static Iterable<String> installedForCompletion(CliContext c) {
    return () -> {
      try {
        return layout(c).installed().iterator();
      } catch (IOException | RuntimeException e) {
        return java.util.Collections.emptyIterator();
      }
    };
  }

  static URI downloadBase(CliContext c) {
    String b = c.env().getOrDefault("GOMEDIC_DOWNLOAD_BASE", "");
    return URI.create(b.isEmpty() ? DEFAULT_DOWNLOAD_BASE : b);
  }

  /** The selection for the working directory, or a user error saying how to choose one. */
  static Selection select(CliContext c) {
    try {
      return Selector.select(c.workingDir(), c.env(), layout(c).defaultFile())
          .orElseThrow(() -> new UserError(ExitCode.FAILED, "no Go version selected here: run 'gomedic toolchain"
              + " use VERSION' or 'gomedic toolchain pin VERSION'"));
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.FAILED, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The GOROOT of an installed release, or a user error naming the install command. */
  static Path installed(CliContext c, String release, String why) {
    Path root = layout(c).toolchain(release);
    if (!Files.isRegularFile(root.resolve("VERSION"))) {
      throw new UserError(ExitCode.FAILED, release + " is not installed" + why + ": run 'gomedic toolchain install "
          + release.substring(2) + "'");
    }
    return root;
  }

  /**
   * The GOROOT for a selection. A go.mod {@code go} line is a minimum, not an exact release (Go 1.21's rule):
   * the newest installed release of the same minor version at or above it is used.
   */
  static Path installed(CliContext c, Selection s) {
    String why = " (selected by " + s.source().label() + ")";
    if (s.source() == Selection.Source.GOMOD_GO) {
      Optional<GoVersion> min = GoVersion.parse(s.release());
      if (min.isPresent()) {
        try {
          Optional<String> best = layout(c).installed().stream()
              .filter(v -> GoVersion.parse(v).map(g -> g.major() == min.get().major()
                  && g.minor() == min.get().minor() && g.compareTo(min.get()) >= 0).orElse(false))
              .max(java.util.Comparator.comparing(v -> GoVersion.parse(v).orElseThrow()));
          if (best.isPresent()) {
            return layout(c).toolchain(best.get());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return installed(c, s.release(), why);
  }

  /** Accepts 1.22.5 / go1.22.5 and gives the release name. */
  static String releaseArg(String v) {
    try {
      return Selector.releaseName(v, "version");
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, v + ": not a Go version (want 1.22.5 or go1.22.5)");
    }
  }

  static Optional<String> firstLine(Path f) {
    try {
      return Files.readAllLines(f).stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
