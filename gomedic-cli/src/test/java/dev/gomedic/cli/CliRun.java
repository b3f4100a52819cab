package dev.gomedic.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs gomedic in-process in a directory, with a given environment, and captures what it prints. Standard output
 * is a byte stream behind the same kind of writer the real process has, so commands that write UTF-8 bytes
 * directly are tested on the path they take.
 */
public record CliRun(int code, String out, String err) {
  public static CliRun in(Path dir, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    PrintWriter o = new Utf8PrintWriter(out, false);
    PrintWriter e = new PrintWriter(err);
    int code = Gomedic.run(args, o, e, new CliContext(env, dir, false));
    o.flush();
    e.flush();
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
