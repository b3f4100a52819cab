package dev.gomedic.binfmt;

/**
 * A binary gomedic has read: either one {@link Image} (an ELF, thin Mach-O, PE or wasm file) or a universal
 * Mach-O holding several images ({@link FatImage}).
 */
public sealed interface Executable permits Image, FatImage {
  /** The name given when the file was opened, for messages. */
  String name();

  Format format();
}
