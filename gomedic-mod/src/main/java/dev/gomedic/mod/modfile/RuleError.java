package dev.gomedic.mod.modfile;

/** A directive's problem, before the parser adds the file position. */
final class RuleError extends Exception {
  private final String directive;

  RuleError(String directive, String message) {
    super(message, null, false, false);
    this.directive = directive;
  }

  RuleError(String message) {
    this("", message);
  }

  String directive() {
    return directive;
  }
}
