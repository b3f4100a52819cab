package dev.gomedic.testkit.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Writes tar.gz archives for tests: ustar headers, pax records for long names, any entry type. */
public final class TarGz implements AutoCloseable {
  private final OutputStream out;

  public TarGz(Path file) throws IOException {
    out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
  }

  public void dir(String name) throws IOException {
    header(name.endsWith("/") ? name : name + "/", '5', 0, 0755, "");
  }

  public void file(String name, byte[] data, int mode) throws IOException {
    header(name, '0', data.length, mode, "");
    out.write(data);
    pad(data.length);
  }

  public void file(String name, Path src, int mode) throws IOException {
    long size = Files.size(src);
    header(name, '0', size, mode, "");
    try (InputStream in = Files.newInputStream(src)) {
      in.transferTo(out);
    }
    pad(size);
  }

  /** A file entry whose data is {@code size} zero bytes, written without holding them in memory. */
  public void zeros(String name, long size) throws IOException {
    header(name, '0', size, 0644, "");
    byte[] z = new byte[1 << 16];
    for (long left = size; left > 0; left -= Math.min(left, z.length)) {
      out.write(z, 0, (int) Math.min(left, z.length));
    }
    pad(size);
  }

  public void entry(String name, char type, String link) throws IOException {
    header(name, type, 0, 0644, link);
  }

  private void header(String name, char type, long size, int mode, String link) throws IOException {
    byte[] nb = name.getBytes(StandardCharsets.UTF_8);
    if (nb.length > 99) {
      String rec = "path=" + name + "\n";
      int len = rec.length() + 3;
      while (String.valueOf(len).length() + 1 + rec.length() != len) {
        len = String.valueOf(len).length() + 1 + rec.length();
      }
      byte[] pax = (len + " " + rec).getBytes(StandardCharsets.UTF_8);
      header("PaxHeader", 'x', pax.length, 0644, "");
      out.write(pax);
      pad(pax.length);
      nb = "long-name-see-pax".getBytes(StandardCharsets.UTF_8);
    }
    byte[] h = new byte[512];
    System.arraycopy(nb, 0, h, 0, nb.length);
    octal(h, 100, 8, mode);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, size);
    octal(h, 136, 12, 1_700_000_000L);
    h[156] = (byte) type;
    byte[] lb = link.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(lb, 0, h, 157, Math.min(lb.length, 100));
    System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 6);
    h[263] = '0';
    h[264] = '0';
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    long sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    octal(h, 148, 7, sum);
    out.write(h);
  }

  private static void octal(byte[] h, int off, int len, long v) {
    String s = Long.toOctalString(v);
    while (s.length() < len - 1) {
      s = "0" + s;
    }
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, off, len - 1);
    h[off + len - 1] = 0;
  }

  private void pad(long size) throws IOException {
    int p = (int) ((512 - size % 512) % 512);
    out.write(new byte[p]);
  }

  @Override
  public void close() throws IOException {
    out.write(new byte[1024]);
    out.close();
  }
}
