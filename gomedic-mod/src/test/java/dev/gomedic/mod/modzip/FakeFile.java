package dev.gomedic.mod.modzip;

import java.io.IOException;
import java.io.InputStream;

/** zip_test.go's fakeFile: a regular file of a declared size whose bytes are zeros, or given data. */
record FakeFile(String path, long size, byte[] data) implements ModuleFile {
  static FakeFile zeros(String path, long size) {
    return new FakeFile(path, size, null);
  }

  @Override
  public Info lstat() {
    return new Info(Type.REGULAR, size);
  }

  @Override
  public InputStream open() throws IOException {
    if (data != null) {
      return new java.io.ByteArrayInputStream(data);
    }
    if (size < 0 || size >= 2L * ModZip.MAX_ZIP_FILE) {
      throw new IOException("cannot open fakeFile of size " + size);
    }
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 0 : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 0);
        left -= n;
        return n;
      }
    };
  }
}
