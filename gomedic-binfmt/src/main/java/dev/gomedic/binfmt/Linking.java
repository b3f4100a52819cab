package dev.gomedic.binfmt;

/** Whether a binary needs a dynamic loader and shared libraries at run time. */
public enum Linking {
  STATIC("static"),
  DYNAMIC("dynamic");

  private final String id;

  Linking(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
