package dev.gomedic.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Tiny Go-like binaries for the training run: a thin Mach-O, a universal Mach-O of two slices and a PE file,
 * each with a build-info blob in the inline-string layout of Go 1.18 and later. The machine that makes the
 * archive has one real Go binary at most (its own platform's); without these, the first {@code inspect} of a
 * Mach-O or PE file would load the readers from the jar, opening its central directory (10-20 ms), and link
 * string concatenations at run time. They are not valid programs: only headers, one data section and the blob.
 */
final class TrainingBinaries {
  private static final int PAGE = 4096;
  private static final int CPU_AMD64 = 0x01000007;
  private static final int CPU_ARM64 = 0x0100000c;

  private TrainingBinaries() {}

  /** Writes the three files into {@code dir}, executable, and returns their paths. */
  static java.util.List<Path> write(Path dir) throws IOException {
    Path thin = dir.resolve("train-darwin-arm64");
    Path fat = dir.resolve("train-darwin-universal");
    Path pe = dir.resolve("train-windows-amd64.exe");
    Files.write(thin, machO(CPU_ARM64, "arm64"));
    Files.write(fat, universal());
    Files.write(pe, pe());
    for (Path p : java.util.List.of(thin, fat, pe)) {
      try {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        // Windows: .exe is what makes a file executable there
      }
    }
    return java.util.List.of(thin, fat, pe);
  }

  /** The blob: magic, pointer size, flags (2: inline strings), padding to 32, then version and module text. */
  static byte[] blob(String goos, String goarch) {
    String mod = "path\texample.com/train/cmd/train\n"
        + "mod\texample.com/train\t(devel)\t\n"
        + "dep\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
        + "dep\texample.com/old\tv1.0.0\n"
        + "=>\t../old\t\t\n"
        + "build\t-buildmode=exe\n"
        + "build\t-compiler=gc\n"
        + "build\t-ldflags=\"-s -w\"\n"
        + "build\tCGO_ENABLED=0\n"
        + "build\tGOARCH=" + goarch + "\n"
        + "build\tGOOS=" + goos + "\n"
        + "build\tvcs=git\n"
        + "build\tvcs.modified=true\n";
    byte[] text = mod.getBytes(StandardCharsets.UTF_8);
    byte[] version = "go1.22.5".getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(512);
    b.put("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    b.put((byte) 8).put((byte) 2);
    b.position(32);
    uvarint(b, version.length);
    b.put(version);
    uvarint(b, text.length + 32);
    b.put(new byte[16]).put(text).put(new byte[16]);
    byte[] out = new byte[b.position()];
    b.flip().get(out);
    return out;
  }

  private static void uvarint(ByteBuffer b, int v) {
    while (v >= 0x80) {
      b.put((byte) (v | 0x80));
      v >>>= 7;
    }
    b.put((byte) v);
  }

  /** A 64-bit Mach-O executable: one __DATA segment holding a __go_buildinfo section at file offset 4096. */
  static byte[] machO(int cputype, String goarch) {
    ByteBuffer b = ByteBuffer.allocate(2 * PAGE).order(ByteOrder.LITTLE_ENDIAN);
    int segSize = 72 + 80;
    b.putInt(0xfeedfacf).putInt(cputype).putInt(0).putInt(2).putInt(1).putInt(segSize).putInt(0).putInt(0);
    b.putInt(0x19).putInt(segSize);
    fixed(b, "__DATA", 16);
    b.putLong(0x100004000L).putLong(PAGE).putLong(PAGE).putLong(PAGE);
    b.putInt(3).putInt(3).putInt(1).putInt(0);
    fixed(b, "__go_buildinfo", 16);
    fixed(b, "__DATA", 16);
    b.putLong(0x100004000L).putLong(PAGE).putInt(PAGE).putInt(4).putInt(0).putInt(0);
    b.putInt(0).putInt(0).putInt(0).putInt(0);
    b.position(PAGE);
    b.put(blob("darwin", goarch));
    return b.array();
  }

  /** {@code name} in a NUL-padded field of {@code width} bytes, as Mach-O (16) and PE (8) store names. */
  private static void fixed(ByteBuffer b, String name, int width) {
    byte[] n = new byte[width];
    byte[] s = name.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(s, 0, n, 0, s.length);
    b.put(n);
  }

  /** A universal Mach-O: amd64 and arm64 slices, each page-aligned. */
  static byte[] universal() {
    byte[] amd64 = machO(CPU_AMD64, "amd64");
    byte[] arm64 = machO(CPU_ARM64, "arm64");
    ByteBuffer b = ByteBuffer.allocate(PAGE + amd64.length + arm64.length).order(ByteOrder.BIG_ENDIAN);
    b.putInt(0xcafebabe).putInt(2);
    b.putInt(CPU_AMD64).putInt(3).putInt(PAGE).putInt(amd64.length).putInt(12);
    b.putInt(CPU_ARM64).putInt(0).putInt(PAGE + amd64.length).putInt(arm64.length).putInt(12);
    b.position(PAGE);
    b.put(amd64).put(arm64);
    return b.array();
  }

  /** A PE32+ executable for amd64: one initialized, readable, writable .data section holding the blob. */
  static byte[] pe() {
    ByteBuffer b = ByteBuffer.allocate(2 * PAGE).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3c, 0x80);
    int optSize = 112 + 16 * 8;
    b.position(0x80);
    b.putInt(0x00004550).putShort((short) 0x8664).putShort((short) 1).putInt(0).putInt(0).putInt(0)
        .putShort((short) optSize).putShort((short) 0x0022);
    int opt = b.position();
    b.putShort((short) 0x20b);
    b.putLong(opt + 24, 0x140000000L);
    b.putInt(opt + 108, 16);
    b.position(opt + optSize);
    fixed(b, ".data", 8);
    b.putInt(PAGE).putInt(0x1000).putInt(PAGE).putInt(PAGE).putInt(0).putInt(0).putShort((short) 0)
        .putShort((short) 0).putInt(0xc0000040);
    b.position(PAGE);
    b.put(blob("windows", "amd64"));
    return b.array();
  }
}
