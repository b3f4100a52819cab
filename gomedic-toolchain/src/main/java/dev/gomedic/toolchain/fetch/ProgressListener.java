package dev.gomedic.toolchain.fetch;

/** Hears about a download's progress. Called from the downloading thread; must be quick. */
public interface ProgressListener {
  /** Does nothing. */
  ProgressListener NONE = new ProgressListener() {};

  /** A download of {@code total} bytes (-1 when unknown) starts, {@code resumedAt} bytes already present. */
  default void started(String name, long total, long resumedAt) {}

  /** {@code done} of {@code total} bytes are on disk. */
  default void progress(long done, long total) {}

  /** An attempt failed and will be retried. */
  default void retrying(int attempt, String reason) {}

  /** The download ended (successfully or not). */
  default void finished() {}
}
