package dev.gomedic.cli.mod;

import dev.gomedic.mod.module.InvalidPathException;
import dev.gomedic.mod.module.ModulePath;

/** Go's module.CheckImportPath, as the go command checks paths given to {@code go mod edit} flags. */
final class ImportPathCheck {
  private ImportPathCheck() {}

  /** Null for a valid import path, otherwise Go's error text. */
  static String problem(String path) {
    try {
      ModulePath.checkImportPath(path);
      return null;
    } catch (InvalidPathException e) {
      return e.getMessage();
    }
  }
}
