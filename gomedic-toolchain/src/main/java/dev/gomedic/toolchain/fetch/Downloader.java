package dev.gomedic.toolchain.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads a URL to a file. Bytes go to {@code target + ".partial"}, which a later call resumes with a
 * {@code Range} request; the file is renamed to {@code target} only when complete.
 */
public final class Downloader {
  /** Timeouts, retries and the size limit. */
  public record Options(Duration connectTimeout, Duration stallTimeout, int attempts, Duration backoff,
      long maxBytes) {
    public static Options defaults() {
      return new Options(Duration.ofSeconds(30), Duration.ofSeconds(60), 4, Duration.ofSeconds(1), 4L << 30);
    }

    public Options withStallTimeout(Duration d) {
      return new Options(connectTimeout, d, attempts, backoff, maxBytes);
    }

    public Options withAttempts(int n, Duration pause) {
      return new Options(connectTimeout, stallTimeout, n, pause, maxBytes);
    }
  }

  private final HttpClient client;
  private final Options options;

  public Downloader(Options options) {
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Downloads {@code url} to {@code target}, resuming a {@code target.partial} left by an earlier attempt.
   *
   * @param expectedSize the size the file must have, or -1 when unknown; more bytes than that abort
   */
  public void download(URI url, Path target, long expectedSize, ProgressListener listener) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    Files.createDirectories(target.getParent());
    IOException last = null;
    try {
      for (int attempt = 1; attempt <= options.attempts(); attempt++) {
        try {
          attempt(url, partial, expectedSize, listener);
          Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          return;
        } catch (FatalHttp e) {
          throw new DownloadException(url.toString(), e.getMessage(), null);
        } catch (IOException e) {
          last = e;
          if (attempt < options.attempts()) {
            listener.retrying(attempt, reason(e));
            sleep(options.backoff().multipliedBy(attempt));
          }
        }
      }
    } finally {
      listener.finished();
    }
    throw new DownloadException(url.toString(), reason(last), last);
  }

  /** Why a transfer failed, in words: HttpClient's connection failures carry no message of their own. */
  static String reason(IOException e) {
    String m = e.getMessage();
    if (m != null && !m.isBlank()) {
      return m;
    }
    if (e instanceof java.net.ConnectException) {
      return "cannot connect (offline, or blocked by a firewall or proxy)";
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out";
    }
    return e.getClass().getSimpleName();
  }

  private void attempt(URI url, Path partial, long expectedSize, ProgressListener listener) throws IOException {
    long have = Files.exists(partial) ? Files.size(partial) : 0;
    if (expectedSize >= 0 && have > expectedSize) {
      Files.delete(partial);
      have = 0;
    }
    if (expectedSize >= 0 && have == expectedSize && have > 0) {
      return;
    }
    HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(options.connectTimeout().plus(options.stallTimeout()));
    if (have > 0) {
      req.header("Range", "bytes=" + have + "-");
    }
    long resumeFrom = have;
    FileSubscriber[] holder = new FileSubscriber[1];
    HttpResponse.BodyHandler<Void> handler = info -> {
      int status = info.statusCode();
      if (status == 206 && resumeFrom > 0) {
        holder[0] = new FileSubscriber(partial, resumeFrom, expectedSize, listener, url);
      } else if (status == 200) {
        holder[0] = new FileSubscriber(partial, 0, expectedSize, listener, url);
      } else if (status == 416 && resumeFrom > 0) {
        holder[0] = FileSubscriber.failing(new IOException("server refused to resume (416); starting over"), partial);
      } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
        holder[0] = FileSubscriber.failing(new FatalHttp("HTTP " + status), null);
      } else {
        holder[0] = FileSubscriber.failing(new IOException("HTTP " + status), null);
      }
      return holder[0];
    };
    CompletableFuture<HttpResponse<Void>> f = client.sendAsync(req.build(), handler);
    long stallNanos = options.stallTimeout().toNanos();
    long started = System.nanoTime();
    while (true) {
      try {
        f.get(200, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        FileSubscriber s = holder[0];
        long since = s == null ? System.nanoTime() - started : System.nanoTime() - s.lastActivity();
        if (since > stallNanos) {
          IOException stall = new IOException("no data for " + options.stallTimeout().toSeconds() + "s (stalled)");
          if (s != null) {
            s.abort(stall);
          }
          f.cancel(true);
          throw stall;
        }
      } catch (InterruptedException e) {
        f.cancel(true);
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("download interrupted");
      } catch (ExecutionException e) {
        Throwable c = e.getCause();
        if (c instanceof IOException io) {
          throw io;
        }
        throw new IOException(String.valueOf(c), c);
      }
    }
  }

  private static void sleep(Duration d) throws InterruptedIOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("download interrupted");
    }
  }

  /** An HTTP status that retrying will not fix (404, 403, ...). */
  static final class FatalHttp extends IOException {
    FatalHttp(String message) {
      super(message);
    }
  }

  /** Writes the body to the partial file, counting bytes and watching the size limit. */
  static final class FileSubscriber implements HttpResponse.BodySubscriber<Void> {
    private final CompletableFuture<Void> result = new CompletableFuture<>();
    private final long expectedSize;
    private final ProgressListener listener;
    private FileChannel channel;
    private Flow.Subscription subscription;
    private long written;
    private volatile long lastActivity = System.nanoTime();

    FileSubscriber(Path partial, long offset, long expectedSize, ProgressListener listener, URI url) {
      this.expectedSize = expectedSize;
      this.listener = listener;
      this.written = offset;
      try {
        channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(offset);
        channel.position(offset);
        listener.started(url.getPath().substring(url.getPath().lastIndexOf('/') + 1), expectedSize, offset);
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }

    private FileSubscriber(IOException failure) {
      this.expectedSize = -1;
      this.listener = ProgressListener.NONE;
      result.completeExceptionally(failure);
    }

    static FileSubscriber failing(IOException e, Path deleteFirst) {
      if (deleteFirst != null) {
        try {
          Files.deleteIfExists(deleteFirst);
        } catch (IOException ignored) {
          // the next attempt truncates it anyway
        }
      }
      return new FileSubscriber(e);
    }

    long lastActivity() {
      return lastActivity;
    }

    void abort(IOException e) {
      Flow.Subscription s = subscription;
      if (s != null) {
        s.cancel();
      }
      fail(e);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (result.isDone()) {
        s.cancel();
      } else {
        s.request(1);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      try {
        for (ByteBuffer b : items) {
          while (b.hasRemaining()) {
            written += channel.write(b);
          }
        }
        lastActivity = System.nanoTime();
        if (expectedSize >= 0 && written > expectedSize) {
          abort(new IOException("server sent more than the expected " + expectedSize + " bytes"));
          return;
        }
        listener.progress(written, expectedSize);
        subscription.request(1);
      } catch (IOException e) {
        abort(e);
      }
    }

    @Override
    public void onError(Throwable t) {
      fail(t instanceof IOException io ? io : new IOException(t));
    }

    @Override
    public void onComplete() {
      close();
      result.complete(null);
    }

    private void fail(IOException e) {
      close();
      result.completeExceptionally(e);
    }

    private void close() {
      if (channel != null) {
        try {
          channel.force(false);
          channel.close();
        } catch (IOException ignored) {
          // the size check after the download catches a short file
        }
      }
    }

    @Override
    public CompletionStage<Void> getBody() {
      return result;
    }
  }
}
