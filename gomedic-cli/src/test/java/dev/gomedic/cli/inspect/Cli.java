package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.Platform;
import dev.gomedic.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;

/** Runs gomedic in-process in a given directory, on a given host platform, capturing its output. */
final class Cli {
  record Run(int code, String out, String err) {}

  static Run run(Path dir, String... args) {
    return run(dir, new Platform("linux", "amd64", false), args);
  }

  /** Runs with {@code --platform} after the subcommand name, so "runs here?" is judged for {@code host}. */
  static Run run(Path dir, Platform host, String... args) {
    String[] withHost = new String[args.length + 1];
    withHost[0] = args[0];
    withHost[1] = "--platform=" + host + (host.rosetta() ? "+rosetta" : "");
    System.arraycopy(args, 1, withHost, 2, args.length - 1);
    return plain(dir, withHost);
  }

  static Run plain(Path dir, String... args) {
    CliRun r = CliRun.in(dir, Map.of(), args);
    return new Run(r.code(), r.out(), r.err());
  }

  private Cli() {}
}
