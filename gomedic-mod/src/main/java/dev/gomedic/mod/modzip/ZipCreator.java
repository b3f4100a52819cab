package dev.gomedic.mod.modzip;

import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Go's Create: checks the module and the files, then writes the valid ones deflated under {@code
 * path@version/}, each no longer than the size it declared when checked. Entry times are fixed so that the
 * same files give the same bytes.
 */
final class ZipCreator {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private ZipCreator() {}

  static void create(OutputStream out, ModuleVersion m, List<? extends ModuleFile> files) throws IOException {
    ZipChecker.checkModule(m);
    FileChecker.Result r = FileChecker.check(files);
    r.checked().throwIfInvalid();
    String prefix = ZipChecker.prefix(m);
    ZipOutputStream zw = new ZipOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open, as Go's zip.Writer leaves it
      }
    });
    for (FileChecker.Valid v : r.files()) {
      ZipEntry e = new ZipEntry(prefix + v.file().path());
      e.setTimeLocal(FIXED_TIME);
      zw.putNextEntry(e);
      try (InputStream in = v.file().open()) {
        copyDeclared(in, zw, v.size(), v.file().path());
      }
      zw.closeEntry();
    }
    zw.finish();
    zw.flush();
  }

  /** Copies at most {@code size} bytes; one more byte means the file grew after it was checked. */
  private static void copyDeclared(InputStream in, OutputStream out, long size, String path) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long left = size;
    while (true) {
      int want = (int) Math.min(buf.length, left + 1);
      int n = in.read(buf, 0, want);
      if (n < 0) {
        return;
      }
      if (n > left) {
        throw new ModZipException("file " + GoQuote.quote(path) + " is larger than declared size");
      }
      out.write(buf, 0, n);
      left -= n;
    }
  }
}
