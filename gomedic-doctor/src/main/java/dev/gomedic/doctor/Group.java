package dev.gomedic.doctor;

/** The headings under which doctor shows its findings, in the order it shows them. */
public enum Group {
  TOOLCHAIN("toolchain"),
  GOROOT_GOPATH("GOROOT/GOPATH"),
  MODULES("modules"),
  PROXY_CHECKSUMS("proxy and checksums"),
  BUILD_ENVIRONMENT("build environment"),
  PLATFORM("platform");

  private final String title;

  Group(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
