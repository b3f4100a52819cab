package dev.gomedic.cli;

import java.io.PrintWriter;

/** The process entry point: the only place in gomedic that ends the process. */
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
    System.out.flush();
    System.err.flush();
    // halt, not exit: since JDK 21 System.exit asks System.Logger whether to log the exit, and finding a logger
    // makes ServiceLoader open the jar and read its whole central directory (~10-20 ms). gomedic registers no
    // shutdown hooks and has flushed everything it wrote; the JVM still writes a training run's class-data
    // archive on halt.
    Runtime.getRuntime().halt(code);
  }
}
