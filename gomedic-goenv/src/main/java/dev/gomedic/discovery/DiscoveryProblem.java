package dev.gomedic.discovery;

/**
 * A problem met while looking for toolchains; discovery keeps going.
 *
 * @param subject the path concerned
 * @param detail what is wrong, in Go's words where Go has them
 */
public record DiscoveryProblem(String subject, String detail) {
  @Override
  public String toString() {
    return subject + ": " + detail;
  }
}
