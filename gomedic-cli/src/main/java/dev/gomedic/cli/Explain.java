package dev.gomedic.cli;

import dev.gomedic.goenv.EnvProblem;
import dev.gomedic.goenv.EnvVar;
import dev.gomedic.goenv.Resolution;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The readable rendering of {@code gomedic env --explain}: each value, where it came from, and every problem. */
final class Explain {
  private Explain() {}

  static void print(PrintWriter out, Resolution r, List<String> names) {
    out.print("go: " + r.toolchain().executable());
    if (!r.toolchain().resolved().equals(r.toolchain().executable())) {
      out.print(" -> " + r.toolchain().resolved());
    }
    out.print(" (" + r.version().raw() + ")\n\n");
    List<EnvVar> vars = new ArrayList<>();
    if (names.isEmpty()) {
      vars.addAll(r.printed());
    } else {
      for (String n : names) {
        vars.add(r.find(n).orElse(new EnvVar(n, "", new dev.gomedic.goenv.Provenance.Default(
            "not a variable go " + r.version().raw() + " knows"))));
      }
    }
    int width = vars.stream().mapToInt(v -> v.name().length()).max().orElse(0);
    for (EnvVar v : vars) {
      out.print(pad(v.name(), width) + " = " + quote(v.value()) + "\n");
      out.print(pad("", width) + "   source: " + v.provenance().describe() + "\n");
      v.shadowedFileValue().ifPresent(f -> out.print(pad("", width)
          + "   shadows the go env file's " + v.name() + "=" + quote(f) + " (go env -w has no effect)\n"));
    }
    List<EnvProblem> problems = r.problems();
    if (!problems.isEmpty()) {
      out.print("\nproblems:\n");
      for (EnvProblem p : problems) {
        out.print("  " + label(p.kind()) + ": " + p.message().replace("\n", "\n    ") + "\n");
      }
    }
  }

  private static String label(EnvProblem.Kind k) {
    return switch (k) {
      case GO_FAILS -> "go would fail";
      case GO_WARNS -> "go warns";
      case ENV_FILE_LINE -> "go env file";
      case SHADOWED -> "shadowed";
      case BAD_VALUE -> "bad value";
      case HOST -> "host";
      case UNCERTAIN -> "uncertain";
    };
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
