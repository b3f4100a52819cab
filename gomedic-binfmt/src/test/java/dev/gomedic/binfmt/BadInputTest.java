package dev.gomedic.binfmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Hostile and broken files: each must give a BinaryFormatException naming the problem, never anything else. */
class BadInputTest {
  static Stream<Arguments> broken() {
    byte[] elf = TinyElf.build(TinyElf.inlineBlob("go1.22.0", ""));
    return Stream.of(
        Arguments.of("ELF ident only", Arrays.copyOf(elf, 20), "truncated ELF header"),
        Arguments.of("ELF bad class", set(elf.clone(), 4, 7), "unknown ELF class 7"),
        Arguments.of("ELF sections past EOF", Arrays.copyOf(elf, elf.length - 10), "section header table"),
        Arguments.of("ELF overflowing shoff", putLong(elf.clone(), 40, 0xffffffffffffff00L), "section header table"),
        Arguments.of("ELF program headers past EOF", putLong(elf.clone(), 32, 1L << 40), "program header table"),
        Arguments.of("ELF 65535 sections", putShort(elf.clone(), 60, 0xffff), "section header table"),
        Arguments.of("Mach-O truncated", new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 7, 0},
            "truncated Mach-O header"),
        Arguments.of("Mach-O commands past EOF", machO(0x7fffffff, 0x7ffffff0), "run past the end"),
        Arguments.of("fat 2^31 slices", fat(0x80000000L), "claims 2147483648 slices"),
        Arguments.of("fat no slices", fat(0), "no slices"),
        Arguments.of("fat slice past EOF", fatOneSlice(0x1000, 0x100000), "slice 0"),
        Arguments.of("PE truncated", new byte[] {'M', 'Z', 0, 0}, "truncated MS-DOS header"),
        Arguments.of("PE sections past EOF", pe(200), "section table"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenFilesFailWithTheirProblem(String name, byte[] file, String want) {
    assertThatThrownBy(() -> Executables.read(new Bytes(file), name))
        .isInstanceOf(BinaryFormatException.class)
        .hasMessageContaining(want);
  }

  @Test
  void textAndJavaClassFilesAreNotExecutables() {
    assertThatThrownBy(() -> Executables.read(new Bytes("hello, world\n".getBytes(StandardCharsets.UTF_8)), "t"))
        .isInstanceOf(NotAnExecutableException.class);
    byte[] cls = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61, 0, 0};
    assertThatThrownBy(() -> Executables.read(new Bytes(cls), "A.class")).isInstanceOf(NotAnExecutableException.class);
    assertThatThrownBy(() -> Executables.read(new Bytes(new byte[0]), "empty"))
        .isInstanceOf(NotAnExecutableException.class);
  }

  @Test
  void buildInfoLengthRunningOffTheEndIsNotGo() throws IOException {
    ByteBuffer blob = ByteBuffer.allocate(64);
    blob.put("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 8).put((byte) 2);
    blob.put(new byte[16]);
    blob.put(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f}); // 4 GiB
    byte[] file = TinyElf.build(blob.array());
    Bytes ch = new Bytes(file);
    Image img = (Image) Executables.read(ch, "f");
    BuildInfoReader.Result r = BuildInfoReader.read(BinaryInput.of(ch, "f"), img);
    assertThat(r).isInstanceOf(BuildInfoReader.Missing.class);
    assertThat(((BuildInfoReader.Missing) r).why()).isEqualTo(BuildInfoReader.Absence.NOT_GO);
  }

  @Test
  void pointerBlobWithWildPointersIsNotGo() throws IOException {
    ByteBuffer blob = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    blob.put("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 8).put((byte) 0);
    blob.putLong(TinyElf.ADDR + 16).putLong(-16); // version header points into itself; mod far away
    byte[] file = TinyElf.build(blob.array());
    Bytes ch = new Bytes(file);
    Image img = (Image) Executables.read(ch, "f");
    assertThat(BuildInfoReader.read(BinaryInput.of(ch, "f"), img)).isInstanceOf(BuildInfoReader.Missing.class);
  }

  private static byte[] set(byte[] b, int at, int v) {
    b[at] = (byte) v;
    return b;
  }

  private static byte[] putLong(byte[] b, int at, long v) {
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(at, v);
    return b;
  }

  private static byte[] putShort(byte[] b, int at, int v) {
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) v);
    return b;
  }

  private static byte[] machO(int ncmds, int sizeofcmds) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xfeedfacf).putInt(0x01000007).putInt(3).putInt(2).putInt(ncmds).putInt(sizeofcmds).putInt(0).putInt(0);
    return b.array();
  }

  private static byte[] fat(long n) {
    ByteBuffer b = ByteBuffer.allocate(64);
    b.putInt(0xcafebabe).putInt((int) n);
    return b.array();
  }

  private static byte[] fatOneSlice(int off, int size) {
    ByteBuffer b = ByteBuffer.allocate(64);
    b.putInt(0xcafebabe).putInt(1).putInt(0x01000007).putInt(3).putInt(off).putInt(size).putInt(12);
    return b.array();
  }

  private static byte[] pe(int nsect) {
    ByteBuffer b = ByteBuffer.allocate(0x200).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3c, 0x80);
    b.putInt(0x80, 0x00004550).putShort(0x84, (short) 0x8664).putShort(0x86, (short) nsect)
        .putShort(0x94, (short) 240).putShort(0x96, (short) 0x22);
    b.putShort(0x98, (short) 0x20b);
    return b.array();
  }
}
