package dev.gomedic.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may know about the process that runs it: its environment, its working directory and which of
 * its output streams are terminals. Built once in {@link Main}; tests build their own.
 *
 * <p>Colour follows the usual rules: only when stdout is a terminal, never with {@code NO_COLOR} set to anything
 * or {@code TERM=dumb}, and {@code --color=always|never} overrides both. Progress is drawn on stderr whenever
 * stderr is a terminal, whatever stdout is (so it survives {@code | tee}) and whatever the colour.
 *
 * @param env the process environment
 * @param workingDir the absolute working directory
 * @param stdoutTerminal whether stdout is an interactive terminal
 * @param stderrTerminal whether stderr is an interactive terminal
 */
public record CliContext(Map<String, String> env, Path workingDir, boolean stdoutTerminal, boolean stderrTerminal) {
  public CliContext {
    env = Map.copyOf(env);
  }

  /** A context whose stdout and stderr both are, or both are not, terminals. */
  public CliContext(Map<String, String> env, Path workingDir, boolean terminal) {
    this(env, workingDir, terminal, terminal);
  }

  /** Whether stdout is a terminal (interactive output: marks rather than words, a child's inherited streams). */
  public boolean terminal() {
    return stdoutTerminal;
  }

  /**
   * Whether to colour stdout, for a {@code --color} value: {@code always}, {@code never}, or {@code auto} / null
   * (the rules above).
   *
   * @throws IllegalArgumentException for any other value
   */
  public boolean color(String when) {
    if (when == null || when.equals("auto")) {
      return stdoutTerminal && env.getOrDefault("NO_COLOR", "").isEmpty()
          && !env.getOrDefault("TERM", "").equals("dumb");
    }
    return switch (when) {
      case "always" -> true;
      case "never" -> false;
      default -> throw new IllegalArgumentException("--color: want auto, always or never, got \"" + when + "\"");
    };
  }

  /** Whether to draw progress on stderr. */
  public boolean progress() {
    return stderrTerminal;
  }

  /** Resolves a user-given path against the working directory. */
  public Path resolve(String path) {
    return workingDir.resolve(path).normalize();
  }
}
