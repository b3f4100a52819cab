package dev.gomedic.cli.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.binfmt.Executables;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Kind;
import dev.gomedic.binfmt.Linking;
import dev.gomedic.testkit.GoBinaries;
import dev.gomedic.testkit.Oracle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A program cross-compiled with the real go 1.19 (CGO_ENABLED=0) for every GOOS × GOARCH pair it supports here,
 * plus -trimpath, -ldflags=-s -w and -buildmode=pie variants; it depends on a locally replaced module. Format,
 * OS and arch must be what was asked, and -m must equal go 1.19's own output.
 */
class GoMatrixTest {
  @TestFactory
  Stream<DynamicTest> crossCompiled() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GoBinaries.Target t : GoBinaries.matrix()) {
      tests.add(DynamicTest.dynamicTest(t.key(), () -> check(t)));
    }
    return tests.stream();
  }

  private static void check(GoBinaries.Target t) throws Exception {
    Path bin = GoBinaries.build(t);
    Image img = (Image) Executables.read(bin);
    Format want = switch (t.goos()) {
      case "windows" -> Format.PE;
      case "darwin" -> Format.MACHO;
      default -> Format.ELF;
    };
    assertThat(img.format()).as("format").isEqualTo(want);
    assertThat(img.os()).as("os").isEqualTo(t.goos());
    assertThat(img.arch()).as("arch").isEqualTo(t.goarch());
    assertThat(img.bits()).as("bits").isEqualTo(List.of("386", "arm", "mips", "mipsle").contains(t.goarch()) ? 32 : 64);
    boolean bigEndian = List.of("ppc64", "s390x", "mips", "mips64").contains(t.goarch());
    assertThat(img.order()).as("byte order")
        .isEqualTo(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN : java.nio.ByteOrder.LITTLE_ENDIAN);
    assertThat(img.kind()).as("kind").isEqualTo(Kind.EXECUTABLE);
    if (t.variant().equals("stripped")) {
      assertThat(img.stripped()).as("stripped").isTrue();
    } else if (t.goos().equals("linux") || t.goos().equals("freebsd")) {
      assertThat(img.stripped()).as("stripped").isFalse();
    }
    if (t.variant().equals("pie")) {
      assertThat(img.linking()).as("linking of a PIE").isEqualTo(Linking.DYNAMIC);
      assertThat(img.interpreter()).as("interpreter").startsWith("/lib");
    } else if (want == Format.ELF) {
      assertThat(img.linking()).as("linking").isEqualTo(Linking.STATIC);
    }

    Path dir = bin.getParent();
    String name = bin.getFileName().toString();
    GoBinaries.Result go = GoBinaries.goVersionM(dir, List.of(name));
    Cli.Run got = Cli.run(dir, "inspect", "-m", name);
    assertThat(got.out()).as("-m stdout").isEqualTo(go.stdout());
    assertThat(got.err()).as("-m stderr").isEqualTo(go.stderr());
    assertThat(got.out()).as("-m shows the replaced dependency")
        .contains("\tdep\texample.com/greet\tv0.1.0\n\t=>\t./greet\t(devel)\t\n");
  }

  /** Debian's own go and gofmt binaries. */
  @Test
  void debianGo119() throws Exception {
    Path go = Oracle.requireGo();
    Path bin = go.getParent();
    for (String name : List.of("go", "gofmt")) {
      Image img = (Image) Executables.read(bin.resolve(name));
      assertThat(img.platform()).as("%s platform", name).isEqualTo("linux/amd64");
      GoBinaries.Result want = GoBinaries.goVersionM(bin, List.of(name));
      Cli.Run got = Cli.run(bin, "inspect", "-m", name);
      assertThat(got.out()).as("%s -m", name).isEqualTo(want.stdout()).startsWith(name + ": go1.19");
      assertThat(got.err()).as("%s -m stderr", name).isEqualTo(want.stderr());
    }
  }
}
