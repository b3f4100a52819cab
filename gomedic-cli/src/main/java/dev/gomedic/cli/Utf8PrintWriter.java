package dev.gomedic.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A PrintWriter that encodes UTF-8 onto a byte stream and also takes text already encoded as UTF-8. Commands
 * that print hundreds of kilobytes (`inspect -m` over a directory) hand it bytes: through the writer, every
 * character is widened to a char and encoded again, on the printing thread, in loops the interpreter runs
 * before the JIT has compiled them.
 */
public final class Utf8PrintWriter extends PrintWriter {
  private final OutputStream bytes;

  public Utf8PrintWriter(OutputStream out, boolean autoFlush) {
    super(new OutputStreamWriter(out, StandardCharsets.UTF_8), autoFlush);
    this.bytes = out;
  }

  /**
   * Writes {@code utf8}, text already encoded as UTF-8, after what was printed before it. An I/O error sets the
   * error flag, as PrintWriter's own methods do.
   */
  public void writeUtf8(byte[] utf8) {
    if (utf8.length == 0) {
      return;
    }
    synchronized (lock) {
      flush();
      try {
        bytes.write(utf8);
      } catch (IOException e) {
        setError();
      }
    }
  }
}
