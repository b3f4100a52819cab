package dev.gomedic.cli.toolchain;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.toolchain.select.Selection;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic exec [VERSION] -- cmd...}: runs a command with a Go release first on PATH. */
public final class ExecCommand {
  private final CliContext context;

  private ExecCommand(CliContext context) {
    this.context = context;
  }

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("exec", p -> new ExecCommand(context).run(p),
        "Runs a command with the selected (or given) Go release: GOROOT cleared, its bin first on PATH,",
        "GOTOOLCHAIN=local so go does not switch again. GOBIN and GOPATH/bin stay as they are.");
    spec.addPositional(Specs.positionals("1..*", "[VERSION] -- CMD",
        "An optional version, then -- and the command.").toBuilder()
        .completionCandidates(Toolchains.installedForCompletion(context)).build());
    return spec;
  }

  private int run(Parsed parsed) throws IOException, InterruptedException {
    List<String> args = parsed.positionals(0);
    List<String> original = parsed.originalArgs();
    int dash = original.indexOf("--");
    List<String> cmd;
    String version = null;
    if (dash >= 0) {
      List<String> before = original.subList(original.indexOf("exec") + 1, dash);
      if (before.size() > 1) {
        throw parsed.usageError("exec: want [VERSION] -- CMD...");
      }
      version = before.isEmpty() ? null : before.get(0);
      cmd = original.subList(dash + 1, original.size());
    } else {
      cmd = args;
    }
    if (cmd.isEmpty()) {
      throw parsed.usageError("exec: missing command after --");
    }
    Path root;
    if (version != null) {
      String release = Toolchains.releaseArg(version);
      root = Toolchains.installed(context, release, "");
    } else {
      Selection s = Toolchains.select(context);
      root = Toolchains.installed(context, s);
    }
    ProcessBuilder pb = new ProcessBuilder(resolveCommand(cmd, root)).directory(context.workingDir().toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.putAll(context.env());
    env.remove("GOROOT");
    env.put("GOTOOLCHAIN", "local");
    String path = env.getOrDefault("PATH", "");
    env.put("PATH", root.resolve("bin") + (path.isEmpty() ? "" : File.pathSeparator + path));
    if (context.terminal()) {
      pb.inheritIO();
      return start(pb).waitFor();
    }
    Process p = start(pb);
    p.getOutputStream().close();
    PrintWriter out = parsed.out();
    PrintWriter err = parsed.err();
    Thread t = new Thread(() -> copy(p.getErrorStream(), err));
    t.start();
    copy(p.getInputStream(), out);
    int code = p.waitFor();
    t.join();
    return code;
  }

  private static List<String> resolveCommand(List<String> cmd, Path root) {
    List<String> c = new ArrayList<>(cmd);
    Path inRoot = root.resolve("bin").resolve(c.get(0));
    if (!c.get(0).contains("/") && inRoot.toFile().canExecute()) {
      c.set(0, inRoot.toString());
    }
    return c;
  }

  private static Process start(ProcessBuilder pb) {
    try {
      return pb.start();
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, "exec: " + pb.command().get(0) + ": " + e.getMessage());
    }
  }

  private static void copy(InputStream in, PrintWriter w) {
    try (in) {
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0; ) {
        synchronized (w) {
          w.write(new String(buf, 0, n, StandardCharsets.UTF_8));
          w.flush();
        }
      }
    } catch (IOException ignored) {
      // the process closed its stream
    }
  }
}
