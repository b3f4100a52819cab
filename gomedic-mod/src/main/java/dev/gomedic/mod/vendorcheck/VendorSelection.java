package dev.gomedic.mod.vendorcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which files {@code go mod vendor} copies from one module (cmd/go modcmd/vendor.go, 1.19 and newest alike): for
 * each package listed in vendor/modules.txt, the regular files of its directory (no subdirectories) except
 * {@code _test.go} files, .go files tagged {@code ignore}, and go.mod/go.sum when the main module says go 1.17
 * or later; the files its {@code //go:embed} patterns select; and the metadata files (names starting with
 * AUTHORS, CONTRIBUTORS, COPYLEFT, COPYING, COPYRIGHT, LEGAL, LICENSE, NOTICE or PATENTS) of every directory
 * from the package's parent up to the module root.
 */
final class VendorSelection {
  static final List<String> META_PREFIXES = List.of("AUTHORS", "CONTRIBUTORS", "COPYLEFT", "COPYING", "COPYRIGHT",
      "LEGAL", "LICENSE", "NOTICE", "PATENTS");

  private VendorSelection() {}

  /**
   * The expected files: path below vendor/ ({@code example.com/a/sub/x.go}) to the file of the module it is a
   * copy of. What go mod vendor would stop at is added to {@code problems}.
   */
  static Map<String, String> expected(ModuleSource src, String modulePath, List<String> packages,
      boolean stripGoMod, List<String> problems) throws IOException {
    Map<String, String> out = new TreeMap<>();
    EmbedResolver embeds = new EmbedResolver(src.files());
    for (String pkg : packages) {
      String rel;
      if (pkg.equals(modulePath)) {
        rel = "";
      } else if (pkg.startsWith(modulePath + "/")) {
        rel = pkg.substring(modulePath.length() + 1);
      } else {
        problems.add("package " + pkg + " is not in module " + modulePath);
        continue;
      }
      List<String> inDir = children(src, rel);
      if (inDir.isEmpty()) {
        problems.add("package " + pkg + ": no files in the module's directory " + (rel.isEmpty() ? "." : rel));
        continue;
      }
      List<String> goFiles = new ArrayList<>();
      for (String name : inDir) {
        String file = join(rel, name);
        boolean isGo = name.endsWith(".go");
        String content = isGo ? new String(src.read(file), StandardCharsets.UTF_8) : null;
        if (isGo && !name.startsWith("_") && !name.startsWith(".")) {
          goFiles.add(content);
        }
        if (copied(name, content, stripGoMod)) {
          out.put(pkg + "/" + name, file);
        }
      }
      metadata(src, modulePath, rel, out);
      List<String> patterns = new ArrayList<>();
      goFiles.forEach(c -> patterns.addAll(GoEmbed.patterns(c)));
      if (goFiles.isEmpty() || patterns.isEmpty()) {
        continue;
      }
      try {
        for (String e : embeds.resolve(rel, patterns)) {
          out.putIfAbsent(pkg + "/" + e, join(rel, e));
        }
      } catch (EmbedResolver.EmbedException e) {
        problems.add("package " + pkg + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** matchPotentialSourceFile. */
  private static boolean copied(String name, String goContent, boolean stripGoMod) {
    if (name.endsWith("_test.go")) {
      return false;
    }
    if (stripGoMod && (name.equals("go.mod") || name.equals("go.sum"))) {
      return false;
    }
    return goContent == null || !BuildConstraint.excluded(goContent);
  }

  /** copyMetadata: the metadata files of each directory above the package, up to the module root. */
  private static void metadata(ModuleSource src, String modulePath, String rel, Map<String, String> out) {
    String dir = rel;
    while (!dir.isEmpty()) {
      int slash = dir.lastIndexOf('/');
      dir = slash < 0 ? "" : dir.substring(0, slash);
      String dst = dir.isEmpty() ? modulePath : modulePath + "/" + dir;
      for (String name : children(src, dir)) {
        if (META_PREFIXES.stream().anyMatch(name::startsWith)) {
          out.put(dst + "/" + name, join(dir, name));
        }
      }
    }
  }

  /** The names of the files directly in {@code dir} ("" for the root). */
  private static List<String> children(ModuleSource src, String dir) {
    String base = dir.isEmpty() ? "" : dir + "/";
    List<String> out = new ArrayList<>();
    for (String f : base.isEmpty() ? src.files() : src.files().subSet(base, true, dir + "0", false)) {
      String name = f.substring(base.length());
      if (name.indexOf('/') < 0) {
        out.add(name);
      }
    }
    return out;
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
