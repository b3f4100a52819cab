package dev.gomedic.bench;

import dev.gomedic.binfmt.BinaryInput;
import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Headers and build info of every file in a directory (default: the corpus inspect-bench.sh makes), in process:
 * the library's share of {@code gomedic inspect -m DIR}, without JVM start. Run with
 * {@code gomedic-bench/inspect-bench.sh --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InspectBenchmark {
  @Param("/tmp/gomedic-inspect-bench")
  public String dir;

  private List<Path> files;

  @Setup
  public void list() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of(dir))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Benchmark
  public int inspectDirectory() throws IOException {
    int goBinaries = 0;
    BuildInfoReader.Scratch scratch = new BuildInfoReader.Scratch();
    for (Path f : files) {
      // As `inspect -m` reads a file: one input, through RandomAccessFile, one search buffer per thread.
      try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
        BinaryInput in = BinaryInput.of(raf, f.toString());
        Executable exe = Executables.read(in);
        Image img = exe instanceof FatImage fat ? fat.slices().get(0) : (Image) exe;
        if (BuildInfoReader.read(in, img, scratch) instanceof BuildInfoReader.Found) {
          goBinaries++;
        }
      } catch (IOException e) {
        // not a binary: skipped, as inspect does
      }
    }
    return goBinaries;
  }
}
