package dev.gomedic.mod.modcache;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/** go mod verify's check of one module version (cmd/go modcmd.verifyMod), message for message. */
public final class CacheVerifier {
  private CacheVerifier() {}

  /**
   * Checks {@code m} in {@code cache} as {@code go mod verify} does: reads the {@code .ziphash}; when it
   * cannot be read and neither the zip nor the tree exists there is nothing to verify; when it cannot be read
   * otherwise the error is {@code PATH VERSION: missing ziphash: open FILE: ...}; else an existing zip must
   * hash to it ({@code zip has been modified (ZIP)}) and so must an existing tree ({@code dir has been
   * modified (DIR)}). A hashing failure ends the check with {@code PATH VERSION: <error>}.
   */
  public static CacheCheck verify(ModCache cache, ModuleVersion m, Executor executor) {
    String who = m.path() + " " + m.version();
    Path zip;
    Path dir;
    try {
      zip = cache.cachePath(m, "zip");
      dir = cache.extractedDir(m);
    } catch (ModCacheException e) {
      return new CacheCheck(m, null, null, Optional.empty(), Optional.empty(), Optional.empty(),
          List.of(who + ": missing ziphash: " + e.getMessage()));
    }
    boolean zipExists = Files.exists(zip);
    boolean dirExists = Files.exists(dir, LinkOption.NOFOLLOW_LINKS) || Files.exists(dir);
    Path ziphashFile = zip.resolveSibling(zip.getFileName() + "hash");
    String ziphash;
    try {
      ziphash = new String(Files.readAllBytes(ziphashFile), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      List<String> errors = zipExists || dirExists
          ? List.of(who + ": missing ziphash: " + readError(ziphashFile, e)) : List.of();
      return new CacheCheck(m, zip, dir, Optional.empty(), Optional.empty(), Optional.empty(), errors);
    }
    List<String> errors = new ArrayList<>();
    Optional<String> zipHash = Optional.empty();
    if (zipExists) {
      try {
        zipHash = Optional.of(DirHash.hashZip(zip, executor));
      } catch (IOException e) {
        errors.add(who + ": " + GoErrors.open(e));
        return new CacheCheck(m, zip, dir, Optional.of(ziphash), zipHash, Optional.empty(), errors);
      }
      if (!zipHash.get().equals(ziphash)) {
        errors.add(who + ": zip has been modified (" + zip + ")");
      }
    }
    Optional<String> dirHash = Optional.empty();
    if (dirExists) {
      try {
        dirHash = Optional.of(DirHash.hashDir(dir, m, executor));
      } catch (IOException e) {
        errors.add(who + ": " + GoErrors.open(e));
        return new CacheCheck(m, zip, dir, Optional.of(ziphash), zipHash, dirHash, errors);
      }
      if (!dirHash.get().equals(ziphash)) {
        errors.add(who + ": dir has been modified (" + dir + ")");
      }
    }
    return new CacheCheck(m, zip, dir, Optional.of(ziphash), zipHash, dirHash, errors);
  }

  /** os.ReadFile's error: {@code open F: ...}, or {@code read F: is a directory}. */
  private static String readError(Path file, IOException e) {
    if (Files.isDirectory(file)) {
      return "read " + file + ": is a directory";
    }
    return GoErrors.open(e);
  }
}
