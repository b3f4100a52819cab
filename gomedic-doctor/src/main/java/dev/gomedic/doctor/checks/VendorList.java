package dev.gomedic.doctor.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * vendor/modules.txt read the way the go command reads it for its consistency check: module lines
 * ({@code # path version [=> new [version]]}), {@code ## explicit} markers, and package lines that put a module in
 * the build list. Lines it does not understand are skipped, as go skips them.
 */
final class VendorList {
  /** A module: path and version (empty for a wildcard replacement). */
  record Mod(String path, String version) {
    String describe() {
      return version.isEmpty() ? path : path + "@" + version;
    }
  }

  final Map<Mod, Boolean> explicit = new LinkedHashMap<>();
  final Map<Mod, Mod> replacement = new LinkedHashMap<>();
  final Set<Mod> withPackages = new LinkedHashSet<>();
  final List<Mod> replaced = new ArrayList<>();

  static VendorList parse(String text) {
    VendorList v = new VendorList();
    Mod mod = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("# ")) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 3) {
          continue;
        }
        int next;
        if (f[2].startsWith("v")) {
          mod = new Mod(f[1], f[2]);
          next = 3;
        } else if (f[2].equals("=>")) {
          mod = new Mod(f[1], "");
          next = 2;
        } else {
          mod = null;
          continue;
        }
        int rest = f.length - next;
        if (rest >= 2 && f[next].equals("=>")) {
          if (rest == 2) {
            v.replacement.put(mod, new Mod(f[next + 1], ""));
            v.replaced.add(mod);
          } else if (rest == 3 && f[next + 2].startsWith("v")) {
            v.replacement.put(mod, new Mod(f[next + 1], f[next + 2]));
            v.replaced.add(mod);
          }
        }
        continue;
      }
      if (mod == null) {
        continue;
      }
      if (line.startsWith("## ")) {
        for (String entry : line.substring(3).split(";")) {
          if (entry.trim().equals("explicit")) {
            v.explicit.put(mod, true);
          }
        }
        continue;
      }
      String[] f = line.trim().split("\\s+");
      if (f.length == 1 && !f[0].isEmpty()) {
        v.withPackages.add(mod);
      }
    }
    return v;
  }
}
