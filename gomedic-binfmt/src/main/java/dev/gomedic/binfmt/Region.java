package dev.gomedic.binfmt;

/**
 * A section or segment: where it lives in memory ({@code addr}, {@code memSize}) and in the file
 * ({@code offset}, {@code fileSize}), relative to the start of its (thin) binary.
 */
public record Region(
    String name, long addr, long memSize, long offset, long fileSize, boolean writable, boolean executable) {

  /** Whether the virtual address {@code a} falls in the file-backed part of this region (unsigned). */
  public boolean holds(long a) {
    return fileSize > 0
        && Long.compareUnsigned(a, addr) >= 0
        && Long.compareUnsigned(a - addr, fileSize) < 0;
  }
}
