package dev.gomedic.doctor.checks;

import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import java.util.List;

/** Replace directives whose target is a directory: go treats a path starting with ./ ../ or / (or C:\) so. */
final class LocalReplaces {
  private LocalReplaces() {}

  static List<Replace> of(ModFile mf) {
    return mf.replaces().stream().filter(r -> isLocal(r.newPath()) && (r.newVersion() == null || r.newVersion().isEmpty())).toList();
  }

  static boolean isLocal(String path) {
    return path.startsWith("./") || path.startsWith("../") || path.startsWith("/") || path.equals(".") || path.equals("..")
        || path.startsWith(".\\") || path.startsWith("..\\") || path.matches("^[A-Za-z]:[\\\\/].*") || path.startsWith("\\\\");
  }

  static String where(Replace r) {
    return r.syntax() == null ? "go.mod" : "go.mod:" + r.syntax().start().line();
  }
}
