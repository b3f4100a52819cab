package dev.gomedic.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    return new CliContext(System.getenv(), Path.of("").toAbsolutePath(), isTerminal(1), isTerminal(2));
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. On Linux its /proc link names the device; elsewhere the JVM
   * only knows whether stdin and stdout both are ({@code System.console()} up to JDK 21; from JDK 22 on it has
   * a console even when redirected, so {@code Console.isTerminal()} is asked), and stderr is taken to be a
   * terminal when they are.
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException e) {
      java.io.Console c = System.console();
      if (c == null) {
        return false;
      }
      try {
        return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
      } catch (ReflectiveOperationException noSuchMethod) {
        return true; // JDK 17-21: a console exists only for a terminal
      }
    }
  }
}
