package dev.gomedic.binfmt;

/** A file in none of the formats gomedic reads (text, images, Java classes): skipped quietly in directory walks. */
public final class NotAnExecutableException extends BinaryFormatException {
  public NotAnExecutableException(String file) {
    super(file, "unrecognized file format");
  }
}
