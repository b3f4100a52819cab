package dev.gomedic.mod.modzip;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gomedic.mod.gotext.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, including what the JDK's ZipOutputStream refuses to write: repeated names,
 * headers declaring sizes or checksums the data does not have. For hostile-input tests.
 */
final class RawZip {
  private record Entry(String name, byte[] data, boolean deflate, long declared, long crc) {}

  private final List<Entry> entries = new ArrayList<>();

  /** A deflated entry with honest headers (stored with no data when the name ends in '/'). */
  RawZip add(String name, byte[] data) {
    boolean dir = name.endsWith("/");
    return add(name, data, !dir, data.length, crc(data));
  }

  RawZip add(String name, String data) {
    return add(name, data.getBytes(UTF_8));
  }

  /** An entry whose headers declare {@code declared} bytes and checksum {@code crc}, whatever the data. */
  RawZip add(String name, byte[] data, boolean deflate, long declared, long crc) {
    entries.add(new Entry(name, data, deflate, declared, crc));
    return this;
  }

  static long crc(byte[] data) {
    CRC32 c = new CRC32();
    c.update(data);
    return c.getValue();
  }

  Path write(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Entry e : entries) {
      byte[] name = Utf8.encode(e.name());
      byte[] body = e.deflate() ? deflate(e.data()) : e.data();
      int offset = out.size();
      byte[] extra = zip64(e, body.length);
      out.write(header(0x04034b50, e, name, body.length, -1, extra.length));
      out.write(name);
      out.write(extra);
      out.write(body);
      central.write(header(0x02014b50, e, name, body.length, offset, extra.length));
      central.write(name);
      central.write(extra);
    }
    int cdOffset = out.size();
    byte[] cd = central.toByteArray();
    out.write(cd);
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
        .putShort((short) entries.size()).putShort((short) entries.size())
        .putInt(cd.length).putInt(cdOffset).putShort((short) 0);
    out.write(end.array());
    Files.write(file, out.toByteArray());
    return file;
  }

  /** A local header when {@code offset < 0}, else a central-directory header; the name follows it. */
  /** Sizes that do not fit 32 bits (or are negative as int64) go in a ZIP64 extra field. */
  private static boolean big(Entry e) {
    return e.declared() < 0 || e.declared() >= 0xFFFFFFFFL;
  }

  private static byte[] zip64(Entry e, int compressed) {
    if (!big(e)) {
      return new byte[0];
    }
    return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN)
        .putShort((short) 1).putShort((short) 16).putLong(e.declared()).putLong(compressed).array();
  }

  private static byte[] header(int sig, Entry e, byte[] name, int compressed, int offset, int extra) {
    boolean local = offset < 0;
    ByteBuffer b = ByteBuffer.allocate(local ? 30 : 46).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(sig);
    if (!local) {
      b.putShort((short) 20); // made by
    }
    b.putShort((short) 20).putShort((short) 0x0800).putShort((short) (e.deflate() ? 8 : 0))
        .putShort((short) 0).putShort((short) 0x21) // 1980-01-01 00:00
        .putInt((int) e.crc()).putInt(big(e) ? -1 : compressed).putInt(big(e) ? -1 : (int) e.declared())
        .putShort((short) name.length).putShort((short) extra);
    if (!local) {
      b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
    }
    return b.array();
  }

  private static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    d.setInput(data);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }
}
