package dev.gomedic.cli;

import java.io.PrintWriter;

/** The process entry point: the only place in gomedic that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = Console.stdout();
    PrintWriter err = Console.stderr();
    int code;
    try {
      code = Gomedic.run(args, out, err, Console.processContext());
    } finally {
      out.flush();
      err.flush();
    }
    System.exit(code);
  }
}
