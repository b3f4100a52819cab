package dev.gomedic.cli.doctor;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * --fix --apply: runs only the fixes that are go env -w/-u commands (reversible with go env -u/-w), with the
 * selected go, a 10 s limit and GOTOOLCHAIN=local GOPROXY=off GOFLAGS= so that go cannot download anything.
 * Each command is printed before it runs. Shell profiles and registries are never touched.
 */
final class FixApplier {
  private FixApplier() {}

  static void apply(Report report, DoctorContext ctx, PrintWriter out, PrintWriter err) {
    List<Fix> fixes = DoctorCommand.applicable(report);
    out.println();
    if (fixes.isEmpty()) {
      out.println("# --apply: no safe go env fix to apply; run the commands above yourself.");
      return;
    }
    if (ctx.selectedGo().isEmpty()) {
      err.println("gomedic: --apply: no go binary to run go env with");
      return;
    }
    GoInstall go = ctx.selectedGo().get();
    for (Fix f : fixes) {
      List<String> cmd = new ArrayList<>();
      cmd.add(go.binary().toString());
      cmd.addAll(f.goArgs());
      out.println("# applying: go " + String.join(" ", f.goArgs()));
      out.flush();
      try {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GOTOOLCHAIN", "local");
        env.put("GOPROXY", "off");
        env.put("GOFLAGS", "");
        go.goroot().ifPresent(r -> env.put("GOROOT", r.toString()));
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          err.println("gomedic: go " + String.join(" ", f.goArgs()) + ": did not finish within 10 s");
          continue;
        }
        String text = new String(p.getInputStream().readNBytes(64 << 10), java.nio.charset.StandardCharsets.UTF_8);
        out.print(text);
        out.println(p.exitValue() == 0 ? "# done" : "# failed with exit status " + p.exitValue());
      } catch (IOException e) {
        err.println("gomedic: " + go.binary() + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
