package dev.gomedic.toolchain.catalog;

/**
 * What the embedded snapshot says about a file another catalog (the network's) offers.
 *
 * @param verdict the outcome
 * @param embeddedSha256 the snapshot's SHA-256 for the file, or "" when it has none
 */
public record CrossCheck(Verdict verdict, String embeddedSha256) {
  /** The outcomes. */
  public enum Verdict {
    /** The snapshot lists the file with the same SHA-256. */
    MATCH,
    /** The snapshot lists the file with another SHA-256: the catalog (or the snapshot) has been tampered with. */
    DIFFERS,
    /** The snapshot does not list the file (a newer release, or a private build). */
    UNKNOWN
  }

  /** Compares {@code file} with the snapshot's entry of the same name. */
  public static CrossCheck of(Catalog snapshot, ReleaseFile file) {
    return snapshot.file(file.filename())
        .filter(ReleaseFile::hasSha256)
        .map(e -> new CrossCheck(e.sha256().equals(file.sha256()) ? Verdict.MATCH : Verdict.DIFFERS, e.sha256()))
        .orElse(new CrossCheck(Verdict.UNKNOWN, ""));
  }
}
