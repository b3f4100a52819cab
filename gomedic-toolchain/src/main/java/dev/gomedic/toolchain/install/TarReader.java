package dev.gomedic.toolchain.install;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads tar archives as Go's release archives are written: ustar headers with the name prefix, GNU long names
 * ({@code L}/{@code K}) and pax extended headers ({@code x}: path, linkpath, size). Header fields are checked
 * (checksum, octal or base-256 sizes); extended headers are bounded.
 */
final class TarReader {
  private static final int BLOCK = 512;
  private static final int MAX_EXTENDED = 1 << 20;

  /** What an entry is. */
  enum Type { FILE, DIR, SYMLINK, HARDLINK, SPECIAL }

  /** One entry; read its data from {@link #data()} before asking for the next. */
  record Entry(String name, Type type, long size, int mode, String linkName) {}

  private final InputStream in;
  private long remaining;
  private long padding;

  TarReader(InputStream in) {
    this.in = in;
  }

  /** The next entry, or null at the end of the archive. */
  Entry next() throws IOException {
    skip(remaining + padding);
    remaining = 0;
    padding = 0;
    String longName = null;
    String longLink = null;
    Map<String, String> pax = new HashMap<>();
    while (true) {
      byte[] h = new byte[BLOCK];
      if (!readFully(h, true)) {
        return null;
      }
      if (allZero(h)) {
        return null;
      }
      checkChecksum(h);
      char flag = (char) h[156];
      long size = number(h, 124, 12);
      if (size < 0) {
        throw new IOException("tar: negative size");
      }
      if (flag == 'L' || flag == 'K' || flag == 'x' || flag == 'g') {
        if (size > MAX_EXTENDED) {
          throw new IOException("tar: extended header too large");
        }
        byte[] data = new byte[(int) size];
        readFully(data, false);
        skip(pad(size));
        if (flag == 'L') {
          longName = cstring(data, 0, data.length);
        } else if (flag == 'K') {
          longLink = cstring(data, 0, data.length);
        } else if (flag == 'x') {
          parsePax(data, pax);
        }
        continue;
      }
      String name = cstring(h, 0, 100);
      String magic = cstring(h, 257, 6);
      if (magic.startsWith("ustar")) {
        String prefix = cstring(h, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
      }
      String link = cstring(h, 157, 100);
      if (longName != null) {
        name = longName;
      }
      if (longLink != null) {
        link = longLink;
      }
      name = pax.getOrDefault("path", name);
      link = pax.getOrDefault("linkpath", link);
      if (pax.containsKey("size")) {
        try {
          size = Long.parseLong(pax.get("size"));
        } catch (NumberFormatException e) {
          throw new IOException("tar: bad pax size");
        }
      }
      int mode = (int) number(h, 100, 8);
      Type type = switch (flag) {
        case '0', '\0', '7' -> name.endsWith("/") ? Type.DIR : Type.FILE;
        case '5' -> Type.DIR;
        case '2' -> Type.SYMLINK;
        case '1' -> Type.HARDLINK;
        default -> Type.SPECIAL;
      };
      if (type == Type.FILE) {
        remaining = size;
        padding = pad(size);
      } else {
        remaining = 0;
        padding = 0;
        skip(size + pad(size));
      }
      return new Entry(name, type, type == Type.FILE ? size : 0, mode, link);
    }
  }

  /** The current file entry's bytes. */
  InputStream data() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] b = new byte[1];
        return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
          return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
          throw new EOFException("tar: unexpected end of archive");
        }
        remaining -= n;
        return n;
      }
    };
  }

  private static long pad(long size) {
    return (BLOCK - size % BLOCK) % BLOCK;
  }

  private void skip(long n) throws IOException {
    byte[] buf = new byte[8192];
    while (n > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, n));
      if (r < 0) {
        throw new EOFException("tar: unexpected end of archive");
      }
      n -= r;
    }
  }

  private boolean readFully(byte[] b, boolean eofOk) throws IOException {
    int off = 0;
    while (off < b.length) {
      int r = in.read(b, off, b.length - off);
      if (r < 0) {
        if (off == 0 && eofOk) {
          return false;
        }
        throw new EOFException("tar: unexpected end of archive");
      }
      off += r;
    }
    return true;
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkChecksum(byte[] h) throws IOException {
    long want = number(h, 148, 8);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) {
      sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
    }
    if (sum != want) {
      throw new IOException("tar: invalid header checksum");
    }
  }

  private static long number(byte[] h, int off, int len) throws IOException {
    if ((h[off] & 0x80) != 0) {
      long v = h[off] & 0x7f;
      for (int i = 1; i < len; i++) {
        if (v > (Long.MAX_VALUE >> 8)) {
          throw new IOException("tar: number too large");
        }
        v = (v << 8) | (h[off + i] & 0xff);
      }
      return v;
    }
    String s = cstring(h, off, len).trim();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("tar: invalid number in header");
    }
  }

  private static String cstring(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static void parsePax(byte[] data, Map<String, String> out) throws IOException {
    int pos = 0;
    while (pos < data.length) {
      int sp = pos;
      while (sp < data.length && data[sp] != ' ') {
        sp++;
      }
      int len;
      try {
        len = Integer.parseInt(new String(data, pos, sp - pos, StandardCharsets.US_ASCII));
      } catch (NumberFormatException e) {
        throw new IOException("tar: bad pax record");
      }
      if (len <= sp - pos || pos + len > data.length) {
        throw new IOException("tar: bad pax record");
      }
      String rec = new String(data, sp + 1, pos + len - sp - 2, StandardCharsets.UTF_8);
      int eq = rec.indexOf('=');
      if (eq > 0) {
        out.put(rec.substring(0, eq), rec.substring(eq + 1));
      }
      pos += len;
    }
  }
}
