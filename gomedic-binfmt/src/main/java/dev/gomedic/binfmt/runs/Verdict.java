package dev.gomedic.binfmt.runs;

/** Whether a binary can run on a host, and how. */
public sealed interface Verdict permits Verdict.Native, Verdict.Translated, Verdict.CannotRun {
  /** {@code native}, {@code translated} or {@code no}: the JSON name. */
  String id();

  /** One line for people. */
  String describe();

  /** Runs directly; {@code note} names a condition ("needs the kernel's 32-bit support"), or is empty. */
  record Native(String note) implements Verdict {
    public String id() {
      return "native";
    }

    public String describe() {
      return note.isEmpty() ? "yes, natively" : "yes, natively (" + note + ")";
    }
  }

  /** Runs through a translation layer such as Rosetta 2, with the layer's limits. */
  record Translated(String layer, String limits) implements Verdict {
    public String id() {
      return "translated";
    }

    public String describe() {
      return "yes, translated by " + layer + " (" + limits + ")";
    }
  }

  /** Cannot run; {@code error} is what the user would see when trying, or empty when there is no one message. */
  record CannotRun(String reason, String error) implements Verdict {
    public String id() {
      return "no";
    }

    public String describe() {
      return "no: " + reason + (error.isEmpty() ? "" : " (trying it fails with: " + error + ")");
    }
  }
}
