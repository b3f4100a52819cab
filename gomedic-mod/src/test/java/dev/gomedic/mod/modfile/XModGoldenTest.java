package dev.gomedic.mod.modfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * x/mod's own formatting goldens, read in place: every {@code .golden} formats to itself, and every {@code .in}
 * formats to its {@code .golden} (through the rule layer when the file parses strictly, as read_test.go does).
 */
class XModGoldenTest {
  private static List<Path> files(String sub, String suffix) throws IOException {
    Path dir = Oracle.requireXMod().resolve("modfile/testdata").resolve(sub);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenFormatsToItself() throws IOException {
    return Stream.concat(files("", ".golden").stream(), files("work", ".golden").stream())
        .map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(), () -> {
          String golden = Files.readString(p, StandardCharsets.UTF_8);
          FileSyntax f = SyntaxParser.parse(p.toString(), golden.getBytes(StandardCharsets.UTF_8));
          assertThat(SyntaxPrinter.format(f)).as("format(%s)", p).isEqualTo(golden);
        }));
  }

  @TestFactory
  Stream<DynamicTest> inputFormatsToGolden() throws IOException {
    return Stream.concat(
            files("", ".in").stream().map(p -> test(p, false)),
            files("work", ".in").stream().map(p -> test(p, true)));
  }

  private static DynamicTest test(Path in, boolean work) {
    return DynamicTest.dynamicTest((work ? "work/" : "") + in.getFileName(), () -> {
      byte[] data = Files.readAllBytes(in);
      String name = in.getFileName().toString();
      Path goldenPath = in.resolveSibling(name.substring(0, name.length() - 3) + ".golden");
      String golden = Files.readString(goldenPath, StandardCharsets.UTF_8);
      String got = SyntaxPrinter.format(SyntaxParser.parse(name, data));
      got = strictFormat(name, data, work, got);
      assertThat(got).as("format(%s)", in).isEqualTo(golden);
    });
  }

  /** When the file parses strictly, the golden is the rule layer's output (which canonicalises tokens). */
  private static String strictFormat(String name, byte[] data, boolean work, String fallback) {
    return StrictFormat.format(name, data, work, fallback);
  }
}
