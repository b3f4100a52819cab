package dev.gomedic.goenv;

/** Where a variable's value came from. */
public sealed interface Provenance {
  /** A readable phrase, e.g. {@code go env file /home/ann/.config/go/env}. */
  String describe();

  /** Set in the OS environment of the process. */
  record OsEnv() implements Provenance {
    @Override
    public String describe() {
      return "OS environment";
    }
  }

  /** Set in the go env file written by {@code go env -w}. */
  record GoEnvFile(String path) implements Provenance {
    @Override
    public String describe() {
      return "go env file " + path;
    }
  }

  /** Set in the toolchain's {@code $GOROOT/go.env} (Go 1.21 and later). */
  record GorootGoEnv(String path) implements Provenance {
    @Override
    public String describe() {
      return "GOROOT go.env " + path;
    }
  }

  /** The go command's built-in default. */
  record Default(String why) implements Provenance {
    @Override
    public String describe() {
      return why.isEmpty() ? "default" : "default (" + why + ")";
    }
  }

  /** Computed from other values. */
  record Derived(String from) implements Provenance {
    @Override
    public String describe() {
      return "derived from " + from;
    }
  }
}
