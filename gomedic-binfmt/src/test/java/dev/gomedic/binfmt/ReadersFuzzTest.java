package dev.gomedic.binfmt;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gomedic.binfmt.buildinfo.BuildInfoException;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.runs.RunsHere;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Coverage-guided fuzzing of every reader (ELF, Mach-O, fat Mach-O, PE) and the build info decoder behind them.
 * The first fuzzed number picks the format and a valid magic is put in front, so the fuzzer spends its time past
 * the sniffing. Only {@link BinaryFormatException} and {@link BuildInfoException} may come out: any other exception,
 * a hang or an allocation past the heap is a finding. Jazzer fuzzes it for {@code maxDuration} when JAZZER_FUZZ=1
 * (set by this module's surefire configuration) and otherwise replays the seeds under
 * {@code src/test/resources/dev/gomedic/binfmt/ReadersFuzzTestInputs/}.
 */
class ReadersFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void readers(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 4);
    byte[] rest = data.consumeRemainingAsBytes();
    byte[] file = switch (which) {
      case 0 -> concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, rest);
      case 1 -> concat(new byte[] {0x7f, 'E', 'L', 'F', 1, 2, 1, 0}, rest);
      case 2 -> concat(new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe}, rest);
      case 3 -> concat(new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe}, rest);
      default -> pe(rest);
    };
    Bytes ch = new Bytes(file);
    try {
      Executable exe = Executables.read(ch, "fuzz");
      RunsHere.verdict(exe, new Platform("darwin", "arm64", true));
      BinaryInput in = BinaryInput.of(ch, "fuzz");
      if (exe instanceof Image img) {
        BuildInfoReader.read(in, img);
      } else {
        for (Image img : ((FatImage) exe).slices()) {
          BuildInfoReader.read(in, img);
        }
      }
    } catch (BinaryFormatException | BuildInfoException expected) {
      // a clear per-file message: fine
    } catch (IOException e) {
      throw new AssertionError("unexpected I/O failure on in-memory input", e);
    }
  }

  /** An MS-DOS stub pointing at a PE header right after it, followed by the fuzzer's bytes. */
  private static byte[] pe(byte[] rest) {
    ByteBuffer b = ByteBuffer.allocate(0x44 + rest.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3c, 0x40).putInt(0x40, 0x00004550);
    b.position(0x44);
    b.put(rest);
    return b.array();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
