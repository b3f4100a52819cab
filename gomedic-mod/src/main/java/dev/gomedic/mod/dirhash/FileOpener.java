package dev.gomedic.mod.dirhash;

import java.io.IOException;
import java.io.InputStream;

/** Opens one of the files being hashed by its name (the {@code open} function Go's dirhash takes). */
@FunctionalInterface
public interface FileOpener {
  /** A fresh stream over the file's bytes; the caller closes it. */
  InputStream open(String name) throws IOException;
}
