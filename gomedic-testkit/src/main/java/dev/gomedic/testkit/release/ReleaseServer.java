package dev.gomedic.testkit.release;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A release server on 127.0.0.1 for tests: serves files with Range support, and can stall or cut off. */
public final class ReleaseServer implements AutoCloseable {
  public enum Mode { NORMAL, STALL, CUT_OFF_ONCE }

  private final HttpServer server;
  private final Map<String, Path> files = new ConcurrentHashMap<>();
  private final Map<String, Mode> modes = new ConcurrentHashMap<>();
  final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger rangeRequests = new AtomicInteger();

  /** How many requests carried a Range header (resumed downloads) so far. */
  public int rangeRequests() {
    return rangeRequests.get();
  }

  public ReleaseServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "release-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", this::handle);
    server.start();
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dl/");
  }

  public void serve(String name, Path file, Mode mode) {
    files.put(name, file);
    modes.put(name, mode);
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    String name = ex.getRequestURI().getPath().replaceFirst("^/dl/", "");
    Path file = files.get(name);
    if (file == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    long size = Files.size(file);
    long from = 0;
    String range = ex.getRequestHeaders().getFirst("Range");
    if (range != null && range.matches("bytes=\\d+-")) {
      from = Long.parseLong(range.substring(6, range.length() - 1));
      rangeRequests.incrementAndGet();
    }
    Mode mode = modes.get(name);
    try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
      in.skipNBytes(from);
      if (from > 0) {
        ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (size - 1) + "/" + size);
        ex.sendResponseHeaders(206, size - from);
      } else {
        ex.sendResponseHeaders(200, size);
      }
      if (mode == Mode.STALL) {
        out.write(in.readNBytes((int) Math.min(1000, size)));
        out.flush();
        Thread.sleep(60_000);
      } else if (mode == Mode.CUT_OFF_ONCE && from == 0) {
        out.write(in.readNBytes((int) (size / 2)));
        out.flush();
        ex.getHttpContext().getServer();
        throw new IOException("cut off");
      } else {
        in.transferTo(out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // client went away, or a deliberate cut-off
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
