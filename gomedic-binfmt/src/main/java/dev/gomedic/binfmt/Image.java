package dev.gomedic.binfmt;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;

/**
 * One thin binary: an ELF, PE or wasm file, a thin Mach-O, or one slice of a universal Mach-O.
 *
 * @param name the file name given to the reader
 * @param format the container format (never {@link Format#MACHO_FAT}: slices are {@link Format#MACHO})
 * @param os the operating system in Go's GOOS names ({@code linux}, {@code darwin}, {@code windows},
 *     {@code freebsd}, ...), or {@code ""} when the header does not say
 * @param arch the CPU in Go's GOARCH names ({@code amd64}, {@code arm64}, {@code 386}, {@code arm}, ...), or the
 *     format's own name in brackets when Go has none
 * @param variant a CPU variant the header records ({@code v7}, {@code arm64e}, {@code hardfloat}), or {@code ""}
 * @param bits 32 or 64
 * @param order the byte order
 * @param kind executable, shared library or object
 * @param linking static or dynamic
 * @param interpreter the ELF program interpreter (dynamic loader), or {@code ""}
 * @param libraries the shared libraries needed (ELF DT_NEEDED, Mach-O dylibs, PE imported DLLs), in file order
 * @param stripped whether the symbol table has been removed
 * @param fileOffset where this image starts in its file (non-zero for fat slices)
 * @param segments the file-backed address ranges, for reading memory by virtual address
 * @param buildInfoArea where Go's build info blob should be: the dedicated section, or the first writable data
 *     segment, as {@code debug/buildinfo} chooses it
 * @param constData read-only data sections, where the runtime's version string lives
 */
public record Image(
    String name,
    Format format,
    String os,
    String arch,
    String variant,
    int bits,
    ByteOrder order,
    Kind kind,
    Linking linking,
    String interpreter,
    List<String> libraries,
    boolean stripped,
    long fileOffset,
    List<Region> segments,
    Optional<Region> buildInfoArea,
    List<Region> constData)
    implements Executable {
  public Image {
    libraries = List.copyOf(libraries);
    segments = List.copyOf(segments);
    constData = List.copyOf(constData);
  }

  /** The segment holding virtual address {@code addr} in its file-backed part, if any. */
  public Optional<Region> segmentAt(long addr) {
    for (Region r : segments) {
      if (r.holds(addr)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** {@code os/arch}, as Go writes a platform. */
  public String platform() {
    return (os.isEmpty() ? "unknown" : os) + "/" + arch;
  }
}
