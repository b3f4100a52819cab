package dev.gomedic.mod.modcache;

import dev.gomedic.mod.dirhash.DirHash;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Which files of an extracted module differ from its zip, the zip being the reference: paths relative to the
 * module root, in UTF-8 order.
 *
 * @param added files in the tree that the zip does not hold
 * @param changed files whose bytes differ
 * @param deleted files of the zip missing from the tree
 * @param zipDirectories directory entries of the zip ({@code sub/}); they count in the zip's h1 but can never
 *     count in the tree's (golang/go#53448)
 */
public record ModuleDiff(List<String> added, List<String> changed, List<String> deleted, List<String> zipDirectories) {
  public ModuleDiff {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    deleted = List.copyOf(deleted);
    zipDirectories = List.copyOf(zipDirectories);
  }

  /** Whether the tree holds exactly the zip's files with the zip's bytes. */
  public boolean sameFiles() {
    return added.isEmpty() && changed.isEmpty() && deleted.isEmpty();
  }

  /**
   * Compares the files of {@code zip} (entries named {@code path@version/FILE}; an entry outside that prefix
   * counts under its full name) with the files below {@code dir}.
   */
  public static ModuleDiff compare(ModuleVersion m, Path zip, Path dir, Executor executor) throws IOException {
    String prefix = m.path() + "@" + m.version() + "/";
    Map<String, String> inZip = new java.util.LinkedHashMap<>();
    List<String> directories = new ArrayList<>();
    for (Map.Entry<String, String> e : DirHash.zipSums(zip, executor).entrySet()) {
      String name = e.getKey().startsWith(prefix) ? e.getKey().substring(prefix.length()) : e.getKey();
      if (name.isEmpty() || name.endsWith("/")) {
        directories.add(name);
      } else {
        inZip.put(name, e.getValue());
      }
    }
    Map<String, String> inDir = DirHash.dirSums(dir, "", executor);
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (Map.Entry<String, String> e : inDir.entrySet()) {
      String want = inZip.get(e.getKey());
      if (want == null) {
        added.add(e.getKey());
      } else if (!want.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    for (String name : inZip.keySet()) {
      if (!inDir.containsKey(name)) {
        deleted.add(name);
      }
    }
    return new ModuleDiff(added, changed, deleted, directories);
  }
}
