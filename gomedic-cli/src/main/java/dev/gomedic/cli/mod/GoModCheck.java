package dev.gomedic.cli.mod;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.modcache.ModCache;
import dev.gomedic.mod.modgraph.BuildList;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.sumfile.GoSum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The go.sum check the go command makes on every dependency go.mod it reads while loading the module graph
 * (modfetch.checkGoMod): the sum files in go's order (go.work.sum first in a workspace), the first {@code h1:}
 * line for {@code PATH VERSION/go.mod} that is not the file's hash is fatal, with go's SECURITY ERROR text. A
 * missing line is not an error here (go adds it to go.sum in memory and verify never writes it).
 */
final class GoModCheck {
  private static final String MISMATCH = "\n\nSECURITY ERROR\n"
      + "This download does NOT match an earlier download recorded in go.sum.\n"
      + "The bits may have been replaced on the origin server, or an attacker may\n"
      + "have intercepted the download attempt.\n\n"
      + "For more information, see 'go help module-auth'.\n";

  private final List<GoSum> sums;
  private final boolean workspace;
  private volatile String first;

  GoModCheck(List<GoSum> sums, boolean workspace) {
    this.sums = sums;
    this.workspace = workspace;
  }

  /** Reads {@code .mod} files from the cache, checking each as go does. */
  BuildList.GoModSource source(ModCache cache) {
    return m -> {
      Path f = cache.cachePath(m, "mod");
      if (!Files.isRegularFile(f)) {
        return Optional.empty();
      }
      byte[] data = Files.readAllBytes(f);
      check(m, DirHash.hashGoMod(data));
      return Optional.of(data);
    };
  }

  private void check(ModuleVersion m, String h) {
    ModuleVersion key = new ModuleVersion(m.path(), m.version() + "/go.mod");
    for (GoSum s : sums) {
      for (String vh : s.hashes(key)) {
        if (vh.equals(h)) {
          return;
        }
        if (vh.startsWith("h1:")) {
          String name = !workspace ? "go.sum" : s.name().endsWith("go.work.sum") ? "go.work.sum" : s.name();
          if (first == null) {
            first = "verifying " + key.path() + "@" + key.version() + ": checksum mismatch\n\tdownloaded: " + h
                + "\n\t" + name + ":     " + vh + MISMATCH;
          }
          return;
        }
      }
    }
  }

  /** go's fatal message for the first mismatch found, if any. */
  Optional<String> first() {
    return Optional.ofNullable(first);
  }
}
