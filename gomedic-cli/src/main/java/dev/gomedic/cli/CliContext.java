package dev.gomedic.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may know about the process that runs it: its environment, its working directory and whether
 * stdout is a terminal. Built once in {@link Main}; tests build their own.
 *
 * @param env the process environment
 * @param workingDir the absolute working directory
 * @param terminal whether stdout is an interactive terminal (colour and progress bars allowed)
 */
public record CliContext(Map<String, String> env, Path workingDir, boolean terminal) {
  public CliContext {
    env = Map.copyOf(env);
  }

  /** Resolves a user-given path against the working directory. */
  public Path resolve(String path) {
    return workingDir.resolve(path).normalize();
  }
}
