package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Linking;
import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.Module;
import dev.gomedic.binfmt.buildinfo.Setting;
import java.nio.ByteOrder;

/** The human view: one header line per file (like file(1)), then whether it runs here and its Go details. */
final class HumanOutput {
  private HumanOutput() {}

  static String render(Inspection in) {
    StringBuilder b = new StringBuilder();
    if (in.exe() instanceof FatImage fat) {
      b.append(in.file()).append(": Mach-O universal binary with ").append(fat.slices().size()).append(" slices\n");
      b.append("  runs here: ").append(in.runsHere().describe()).append('\n');
      for (Inspection.SliceInfo s : in.slices()) {
        b.append("  slice ").append(s.image().arch()).append(": ").append(header(s.image())).append('\n');
        go(b, s, "    ");
      }
      return b.toString();
    }
    Inspection.SliceInfo s = in.primary();
    b.append(in.file()).append(": ").append(header(s.image())).append('\n');
    b.append("  runs here: ").append(in.runsHere().describe()).append('\n');
    go(b, s, "  ");
    return b.toString();
  }

  static String header(Image i) {
    String fmt = switch (i.format()) {
      case ELF -> "ELF";
      case MACHO, MACHO_FAT -> "Mach-O";
      case PE -> i.bits() == 64 ? "PE32+" : "PE32";
      case WASM -> "WebAssembly";
    };
    StringBuilder b = new StringBuilder(fmt);
    if (i.format() != dev.gomedic.binfmt.Format.PE) {
      b.append(' ').append(i.bits()).append("-bit");
    }
    b.append(i.order() == ByteOrder.LITTLE_ENDIAN ? " LSB " : " MSB ").append(i.kind().id());
    b.append(", ").append(i.platform());
    if (!i.variant().isEmpty()) {
      b.append(" (").append(i.variant()).append(')');
    }
    if (i.linking() == Linking.STATIC) {
      b.append(", statically linked");
    } else {
      b.append(", dynamically linked");
      if (!i.interpreter().isEmpty()) {
        b.append(" (").append(i.interpreter()).append(')');
      }
      if (!i.libraries().isEmpty()) {
        b.append(", needs ").append(String.join(", ", i.libraries()));
      }
    }
    b.append(i.stripped() ? ", stripped" : ", not stripped");
    return b.toString();
  }

  private static void go(StringBuilder b, Inspection.SliceInfo s, String indent) {
    if (!s.error().isEmpty()) {
      b.append(indent).append("go build info: ").append(s.error()).append('\n');
      return;
    }
    if (s.info().isEmpty()) {
      if (s.runtimeVersion().isPresent()) {
        b.append(indent).append("go: ").append(s.runtimeVersion().get())
            .append(" (from the runtime's version string; the binary has no build info)\n");
      } else {
        b.append(indent).append("go: not a Go executable\n");
      }
      return;
    }
    BuildInfo bi = s.info().get();
    b.append(indent).append("go: ").append(bi.goVersion()).append('\n');
    if (!bi.path().isEmpty()) {
      b.append(indent).append("path: ").append(bi.path()).append('\n');
    }
    if (!bi.main().isNone()) {
      b.append(indent).append("main: ").append(mod(bi.main())).append('\n');
    }
    if (!bi.deps().isEmpty()) {
      long replaced = bi.deps().stream().filter(d -> d.replace() != null).count();
      b.append(indent).append("deps: ").append(bi.deps().size()).append(bi.deps().size() == 1 ? " module" : " modules")
          .append(replaced > 0 ? ", " + replaced + " replaced" : "").append(" (-m lists them)\n");
    }
    for (Setting st : bi.settings()) {
      b.append(indent).append("build ").append(st.key()).append('=').append(st.value()).append('\n');
    }
  }

  private static String mod(Module m) {
    String s = m.path() + " " + m.version();
    return m.replace() == null ? s : s + " => " + mod(m.replace());
  }
}
