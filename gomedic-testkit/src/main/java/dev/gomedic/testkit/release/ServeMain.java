package dev.gomedic.testkit.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Serves every file of a directory with {@link ReleaseServer} on 127.0.0.1 until stdin closes: the loopback mirror
 * of docs/toolchain-tour.sh. Prints the base URL (ending in {@code /dl/}) as its only line of output.
 */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: ServeMain DIR");
      System.exit(2);
    }
    try (ReleaseServer server = new ReleaseServer(); Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        server.serve(f.getFileName().toString(), f, ReleaseServer.Mode.NORMAL);
      }
      System.out.println(server.base());
      System.out.flush();
      System.in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }
}
