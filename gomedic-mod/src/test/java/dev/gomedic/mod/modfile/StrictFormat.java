package dev.gomedic.mod.modfile;

/** Test helper: formats through the rule layer when the file parses strictly, as x/mod's read_test.go does. */
final class StrictFormat {
  private StrictFormat() {}

  static String format(String name, byte[] data, boolean work, String fallback) {
    try {
      return work ? WorkFile.parse(name, data).format() : ModFile.parse(name, data).format();
    } catch (ModFileException e) {
      return fallback;
    }
  }
}
