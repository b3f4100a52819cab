package dev.gomedic.cli.mod;

/** Go's module.CheckImportPath, as the go command checks paths given to {@code go mod edit} flags. */
final class ImportPathCheck {
  private ImportPathCheck() {}

  /** Null for a valid import path, otherwise Go's error text. */
  static String problem(String path) {
    String why = null;
    if (path.isEmpty()) {
      why = "empty string";
    } else if (path.startsWith("-")) {
      why = "leading dash";
    } else if (path.contains("//")) {
      why = "double slash";
    } else if (path.endsWith("/")) {
      why = "trailing slash";
    } else if (path.startsWith("/")) {
      why = "leading slash";
    } else if (path.chars().anyMatch(c -> c == ' ' || c == '"' || c == '\'' || c == '`' || c < 0x20)) {
      why = "invalid char";
    }
    return why == null ? null : "malformed import path " + FlagArgs.quote(path) + ": " + why;
  }
}
