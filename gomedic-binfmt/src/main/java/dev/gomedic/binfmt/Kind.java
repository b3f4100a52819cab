package dev.gomedic.binfmt;

/** What a binary is for: something to run, a library to load, or an unlinked object. */
public enum Kind {
  EXECUTABLE("executable"),
  SHARED("shared"),
  OBJECT("object"),
  OTHER("other");

  private final String id;

  Kind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
