package dev.gomedic.doctor.checks;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a runnable file named go is the Go command. It is when it is a script with a {@code #!} line (the shims
 * of goenv, asdf and gvm, which run a real go), a Go binary whose build info names the main package
 * {@code cmd/go}, a Go binary without a main path (built before build info recorded one), or a
 * {@code golang.org/dl/goX.Y.Z} wrapper (it runs the SDK in {@code ~/sdk/goX.Y.Z} with every argument, so it
 * behaves as that go once downloaded). It is not when it is a Go binary of another main package (a tool that
 * happens to be called go), a native binary without Go build info (other than gccgo's go, recognised by its
 * name), or a file that is neither a binary nor a {@code #!} script.
 */
final class GoCommandIdentity {
  private static final int HEAD = 4096;

  private GoCommandIdentity() {}

  /** Why {@code p} is not the go command, or empty when it is (or cannot be told). */
  static Optional<String> notTheGoCommand(Path p) {
    byte[] head;
    try (InputStream in = Files.newInputStream(p)) {
      head = in.readNBytes(HEAD);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable: other problems (permission) are reported on their own
    }
    if (head.length >= 2 && head[0] == '#' && head[1] == '!') {
      return Optional.empty();
    }
    Format f = Executables.sniff(head);
    if (f == null) {
      return Optional.of(head.length == 0 ? "an empty file, not a program"
          : "not a program: a text or data file without a #! line");
    }
    try (SeekableByteChannel ch = Files.newByteChannel(p)) {
      Executable exe = Executables.read(ch, p.toString());
      Image image = exe instanceof FatImage fat ? fat.slices().get(0) : (Image) exe;
      BinaryInput in = BinaryInput.of(ch, p.toString());
      if (BuildInfoReader.read(in, image) instanceof BuildInfoReader.Found found) {
        String main = found.info().path();
        if (main.isEmpty() || main.equals("cmd/go") || main.startsWith("golang.org/dl/")) {
          return Optional.empty();
        }
        return Optional.of("a Go program whose main package is " + main + ", not the go command (cmd/go)");
      }
      if (BuildInfoReader.runtimeVersion(in, image).isPresent() || gccgo(p)) {
        return Optional.empty();
      }
      return Optional.of("a " + name(f) + " program without Go build info: not the go command");
    } catch (IOException | RuntimeException e) {
      return Optional.of("a damaged " + name(f) + " file: " + e.getMessage());
    }
  }

  /** gccgo's go command (Debian's gccgo-go: /usr/bin/go to x86_64-linux-gnu-go-12) has no gc build info. */
  private static boolean gccgo(Path p) {
    try {
      String real = p.toRealPath().getFileName().toString();
      return real.contains("gccgo") || real.matches(".*-go-[0-9]+(\\.[0-9]+)*");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String name(Format f) {
    return switch (f) {
      case ELF -> "ELF";
      case PE -> "PE (Windows)";
      case MACHO, MACHO_FAT -> "Mach-O";
      case WASM -> "WebAssembly";
    };
  }
}
