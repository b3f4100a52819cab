package dev.gomedic.binfmt;

/** The container formats gomedic reads; {@link #id()} is the name used in JSON output. */
public enum Format {
  ELF("elf"),
  MACHO("macho"),
  MACHO_FAT("macho-fat"),
  PE("pe"),
  WASM("wasm");

  private final String id;

  Format(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
