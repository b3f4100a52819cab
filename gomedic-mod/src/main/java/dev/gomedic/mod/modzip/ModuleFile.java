package dev.gomedic.mod.modzip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One file offered for a module zip (Go's zip.File): a clean slash-separated path relative to the module
 * root, what kind of file it is, and its bytes.
 */
public interface ModuleFile {
  /** The slash-separated path from the module root, such as {@code pkg/a.go}. */
  String path();

  /** The file's type and size; for a symbolic link, the link itself. */
  Info lstat() throws IOException;

  /** The file's bytes; only called for regular files. */
  InputStream open() throws IOException;

  /** What {@link #lstat()} reports. */
  enum Type {
    REGULAR,
    DIRECTORY,
    SYMLINK,
    OTHER
  }

  /**
   * A file's type and size in bytes (negative sizes are possible from hostile sources and are rejected).
   *
   * @param type the kind of file
   * @param size its size as declared
   */
  record Info(Type type, long size) {
    public boolean isDir() {
      return type == Type.DIRECTORY;
    }

    public boolean isRegular() {
      return type == Type.REGULAR;
    }
  }

  /** A regular file held in memory. */
  static ModuleFile of(String path, byte[] data) {
    byte[] copy = data.clone();
    return new ModuleFile() {
      @Override
      public String path() {
        return path;
      }

      @Override
      public Info lstat() {
        return new Info(Type.REGULAR, copy.length);
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(copy);
      }
    };
  }
}
