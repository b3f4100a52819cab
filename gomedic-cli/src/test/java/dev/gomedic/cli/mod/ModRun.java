package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;

/** Runs gomedic in-process in a directory and captures what it prints. */
record ModRun(int code, String out, String err) {
  static ModRun in(Path dir, String... args) {
    CliRun r = CliRun.in(dir, Map.of(), args);
    return new ModRun(r.code(), r.out(), r.err());
  }
}
