package dev.gomedic.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs gomedic in-process in a directory, with a given environment, and captures what it prints. */
public record CliRun(int code, String out, String err) {
  public static CliRun in(Path dir, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int code = Gomedic.run(args, o, e, new CliContext(env, dir, false));
    o.flush();
    e.flush();
    return new CliRun(code, out.toString(), err.toString());
  }
}
