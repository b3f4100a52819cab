package dev.gomedic.doctor.explain;

import java.util.List;

/**
 * One message family of the catalog.
 *
 * @param id stable ID (GOROOT_NOT_FOUND)
 * @param refs the research catalog's IDs (B1)
 * @param versions Go releases that print it (1.16-)
 * @param source where the text comes from
 * @param patterns the message variants
 * @param meaning what it means
 * @param causes likely causes, most likely first
 * @param fix the usual repair
 * @param verify the source text that proves the message exists, when it differs from the pattern (else empty)
 */
public record Entry(
    String id, String refs, String versions, String source, List<MessagePattern> patterns, String meaning,
    List<Cause> causes, String fix, String verify) {
  public Entry {
    patterns = List.copyOf(patterns);
    causes = List.copyOf(causes);
  }
}
