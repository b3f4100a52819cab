package dev.gomedic.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The real process's streams and environment; everything below the CLI receives them as arguments. */
final class Console {
  private Console() {}

  static PrintWriter stdout() {
    return new Utf8PrintWriter(new FileOutputStream(FileDescriptor.out), false);
  }

  static PrintWriter stderr() {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
  }

  static CliContext processContext() {
    return new CliContext(
        System.getenv(),
        Path.of("").toAbsolutePath(),
        System.console() != null && System.getenv("NO_COLOR") == null);
  }
}
