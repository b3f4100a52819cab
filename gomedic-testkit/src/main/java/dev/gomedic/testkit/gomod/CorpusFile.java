package dev.gomedic.testkit.gomod;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One go.mod or go.work file of the differential corpus.
 *
 * @param source the corpus source it came from (see {@link ModFileCorpus}), used for counting
 * @param origin where exactly it came from: a file path, or an archive path and the entry's name
 * @param kind whether it is a go.mod or a go.work file
 * @param content its bytes
 */
public record CorpusFile(String source, String origin, FileKind kind, byte[] content) {
  public CorpusFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The content decoded as UTF-8, for messages. */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorpusFile f
        && f.source.equals(source)
        && f.origin.equals(origin)
        && f.kind == kind
        && Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return origin.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return origin + " (" + kind.fileName() + ", " + content.length + " bytes)";
  }
}
