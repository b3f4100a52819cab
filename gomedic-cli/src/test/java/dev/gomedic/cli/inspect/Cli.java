package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.Platform;
import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs gomedic in-process in a given directory, on a given host platform, capturing its output. */
final class Cli {
  record Run(int code, String out, String err) {}

  static Run run(Path dir, String... args) {
    return run(dir, new Platform("linux", "amd64", false), args);
  }

  static Run run(Path dir, Platform host, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    CliContext ctx = new CliContext(Map.of(), dir, false);
    int code = Gomedic.run(args, o, e, ctx);
    o.flush();
    e.flush();
    return new Run(code, out.toString(), err.toString());
  }

  private Cli() {}
}
