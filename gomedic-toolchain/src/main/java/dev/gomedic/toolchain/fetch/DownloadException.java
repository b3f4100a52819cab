package dev.gomedic.toolchain.fetch;

import java.io.IOException;

/** A download that failed after its retries: "URL: problem". */
public final class DownloadException extends IOException {
  private final String url;

  public DownloadException(String url, String problem, Throwable cause) {
    super(url + ": " + problem, cause);
    this.url = url;
  }

  public String url() {
    return url;
  }
}
