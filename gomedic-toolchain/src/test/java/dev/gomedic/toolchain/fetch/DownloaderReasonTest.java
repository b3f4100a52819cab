package dev.gomedic.toolchain.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class DownloaderReasonTest {
  @Test
  void failuresWithoutAMessageStillSayWhat() {
    assertThat(Downloader.reason(new ConnectException()))
        .isEqualTo("cannot connect (offline, or blocked by a firewall or proxy)");
    assertThat(Downloader.reason(new HttpTimeoutException(null))).isEqualTo("timed out");
    assertThat(Downloader.reason(new IOException())).isEqualTo("IOException");
    assertThat(Downloader.reason(new IOException("HTTP 404"))).isEqualTo("HTTP 404");
  }
}
