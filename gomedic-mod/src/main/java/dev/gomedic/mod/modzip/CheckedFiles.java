package dev.gomedic.mod.modzip;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which files of a module belong in its zip (Go's zip.CheckedFiles): every file checked lands in exactly one of
 * {@code valid}, {@code omitted} (left out by rule, not an error) or {@code invalid}.
 *
 * @param valid the paths to include
 * @param omitted files left out, with the reason
 * @param invalid files that make the module zip invalid, with the reason
 * @param sizeError Go's message when the files or the zip are over {@link ModZip#MAX_ZIP_FILE}
 */
public record CheckedFiles(
    List<String> valid, List<FileError> omitted, List<FileError> invalid, Optional<String> sizeError) {
  public CheckedFiles {
    valid = List.copyOf(valid);
    omitted = List.copyOf(omitted);
    invalid = List.copyOf(invalid);
    Objects.requireNonNull(sizeError, "sizeError");
  }

  static CheckedFiles ofSizeError(String message) {
    return new CheckedFiles(List.of(), List.of(), List.of(), Optional.of(message));
  }

  /**
   * Go's CheckedFiles.Err text: the size error if any, else the invalid files one per line ({@code path:
   * message}); empty when the files make a valid module zip.
   */
  public Optional<String> error() {
    if (sizeError.isPresent()) {
      return sizeError;
    }
    if (!invalid.isEmpty()) {
      return Optional.of(invalid.stream().map(FileError::toString).collect(Collectors.joining("\n")));
    }
    return Optional.empty();
  }

  /** Throws the {@link #error()} as a {@link ModZipException}, if there is one. */
  void throwIfInvalid() throws ModZipException {
    Optional<String> e = error();
    if (e.isPresent()) {
      throw new ModZipException(e.get());
    }
  }
}
