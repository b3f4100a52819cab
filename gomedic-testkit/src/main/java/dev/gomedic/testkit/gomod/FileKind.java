package dev.gomedic.testkit.gomod;

/** The two Go module files the differential corpus holds, with the file name and go subcommand of each. */
public enum FileKind {
  /** A go.mod file, edited by {@code go mod edit}. */
  MOD("go.mod", "mod"),
  /** A go.work file, edited by {@code go work edit}. */
  WORK("go.work", "work");

  private final String fileName;
  private final String goCommand;

  FileKind(String fileName, String goCommand) {
    this.fileName = fileName;
    this.goCommand = goCommand;
  }

  /** The name the file must carry on disk: {@code go.mod} or {@code go.work}. */
  public String fileName() {
    return fileName;
  }

  /** The go subcommand that edits it: {@code mod} or {@code work}. */
  public String goCommand() {
    return goCommand;
  }

  /** The kind of a corpus entry from its name: anything whose base name starts with {@code go.work} is a work file. */
  public static FileKind ofName(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.startsWith("go.work") ? WORK : MOD;
  }
}
