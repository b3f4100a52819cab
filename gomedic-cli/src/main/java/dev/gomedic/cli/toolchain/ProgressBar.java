package dev.gomedic.cli.toolchain;

import dev.gomedic.toolchain.fetch.ProgressListener;
import java.io.PrintWriter;

/** A one-line progress bar on a terminal's stderr, redrawn at most every 1% or 100 ms. */
final class ProgressBar implements ProgressListener {
  private final PrintWriter err;
  private String name = "";
  private long lastDraw;
  private int lastPercent = -1;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(String name, long total, long resumedAt) {
    this.name = name;
    if (resumedAt > 0) {
      err.println("resuming " + name + " at " + resumedAt + " bytes");
    }
  }

  @Override
  public void progress(long done, long total) {
    long now = System.nanoTime();
    int pct = total > 0 ? (int) (done * 100 / total) : -1;
    if (pct == lastPercent && now - lastDraw < 100_000_000L) {
      return;
    }
    lastPercent = pct;
    lastDraw = now;
    int width = 30;
    int filled = pct < 0 ? 0 : pct * width / 100;
    err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
        + (pct < 0 ? "" : pct + "% ") + (done >> 20) + " MiB");
    err.flush();
  }

  @Override
  public void retrying(int attempt, String reason) {
    err.println("\rretrying after attempt " + attempt + " failed: " + reason);
  }

  @Override
  public void finished() {
    if (lastDraw != 0) {
      err.println();
    }
  }
}
