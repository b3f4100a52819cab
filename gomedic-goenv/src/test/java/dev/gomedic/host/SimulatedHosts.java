package dev.gomedic.host;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Simulated Linux, macOS and Windows machines on Jimfs, with helpers to lay out files and go installs. */
public final class SimulatedHosts {
  private SimulatedHosts() {}

  public static FileSystem linuxFs() {
    return Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setAttributeViews("basic", "owner", "posix", "unix").build());
  }

  public static FileSystem macFs() {
    return Jimfs.newFileSystem(Configuration.osX().toBuilder()
        .setAttributeViews("basic", "owner", "posix", "unix").build());
  }

  public static FileSystem windowsFs() {
    return Jimfs.newFileSystem(Configuration.windows());
  }

  /** Writes a file (creating parents); executable on POSIX file systems when {@code exec}. */
  public static Path write(FileSystem fs, String path, String content, boolean exec) {
    try {
      Path p = fs.getPath(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
      if (exec && fs.supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fake Go installation: bin/go(.exe), pkg/tool, VERSION. */
  public static Path goInstall(FileSystem fs, String goroot, String version, boolean windows) {
    try {
      Path root = fs.getPath(goroot);
      write(fs, root.resolve("bin").resolve(windows ? "go.exe" : "go").toString(), "binary", true);
      Files.createDirectories(root.resolve("pkg").resolve("tool"));
      if (version != null) {
        write(fs, root.resolve("VERSION").toString(), version + "\ntime 2023-01-01T00:00:00Z\n", false);
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void symlink(FileSystem fs, String link, String target) {
    try {
      Path l = fs.getPath(link);
      Files.createDirectories(l.getParent());
      Files.createSymbolicLink(l, fs.getPath(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
