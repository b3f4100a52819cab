package dev.gomedic.binfmt;

import java.util.List;

/** A universal (fat) Mach-O file: one {@link Image} per architecture slice, in file order. */
public record FatImage(String name, List<Image> slices) implements Executable {
  public FatImage {
    slices = List.copyOf(slices);
  }

  @Override
  public Format format() {
    return Format.MACHO_FAT;
  }
}
