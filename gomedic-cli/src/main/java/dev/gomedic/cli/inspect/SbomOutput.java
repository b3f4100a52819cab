package dev.gomedic.cli.inspect;

import java.util.List;

/** {@code --sbom cyclonedx}: a CycloneDX JSON SBOM of the Go modules in the inspected binaries. */
final class SbomOutput {
  private SbomOutput() {}

  static String render(List<Inspection> found) {
    throw new UnsupportedOperationException("not yet");
  }
}
