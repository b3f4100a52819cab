package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs gomedic in-process in a directory and captures what it prints. */
record ModRun(int code, String out, String err) {
  static ModRun in(Path dir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = Gomedic.run(args, o, e, new CliContext(Map.of(), dir, false));
    o.flush();
    e.flush();
    return new ModRun(code, out.toString(), err.toString());
  }
}
