package dev.gomedic.cli.mod;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import dev.gomedic.mod.modcache.CacheCheck;
import dev.gomedic.mod.modcache.CacheVerifier;
import dev.gomedic.mod.modcache.DeepReport;
import dev.gomedic.mod.modcache.DeepVerifier;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic mod verify [--deep] [--json]}: go mod verify without go, and what it does not check. */
final class ModVerifyCommand {
  private final CliContext context;
  private final boolean deep;
  private final boolean json;
  private final boolean vendor;
  private final boolean diff;

  private ModVerifyCommand(CliContext context, Parsed p) {
    this.context = context;
    this.json = p.flag("--json");
    this.vendor = p.flag("--vendor");
    this.diff = p.flag("--diff");
    this.deep = p.flag("--deep") || json;
  }

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("verify", p -> new ModVerifyCommand(context, p).run(p.out(), p.err()),
        "Checks that the module cache holds the build list's modules as they were downloaded, with go mod verify's"
            + " output and exit code: 'all modules verified' on stdout, or one 'PATH VERSION: zip has been modified"
            + " (ZIP)', 'dir has been modified (DIR)' or 'missing ziphash: ...' line a problem on stderr, exit 1.",
        "--deep also checks each cached zip, .ziphash and .mod against go.sum (and go.work.sum), checks a module"
            + " replacement instead of the module, says which files of a modified tree were changed, added or"
            + " deleted, and does not count a zip's directory entries (golang/go#53448); one line a module on"
            + " stdout, its findings indented below, a summary last; exit 1 when anything was modified.",
        "--vendor instead checks vendor/: each file against what go mod vendor would copy from the module's zip"
            + " in the cache (each zip first checked against go.sum), and vendor/modules.txt against go.mod; one"
            + " line a module, the files added, changed or deleted below it; --diff adds unified diffs; exit 1"
            + " unless every module is verified.",
        "See docs/mod-verify.md for what is verified against what.");
    spec.addOption(Specs.flag("check against go.sum too and name the files that differ", "--deep"));
    spec.addOption(Specs.flag("print the --deep report as one JSON document (implies --deep)", "--json"));
    spec.addOption(Specs.flag("verify vendor/ against the module zips instead of the module cache", "--vendor"));
    spec.addOption(Specs.flag("with --vendor, print a unified diff of every file that differs", "--diff"));
    return spec;
  }

  private int run(PrintWriter out, PrintWriter err) {
    if (diff && !vendor) {
      err.print("gomedic: mod verify: --diff needs --vendor\n");
      err.flush();
      return ExitCode.USAGE.code();
    }
    VerifySetup setup;
    try {
      setup = VerifySetup.of(context);
    } catch (VerifySetup.GoFailure e) {
      err.print(e.getMessage() + "\n");
      err.flush();
      return ExitCode.FAILED.code();
    }
    for (String p : vendor ? List.<String>of() : setup.buildList().problems()) {
      err.print("gomedic: warning: " + p + "\n");
    }
    List<ModuleVersion> mods = setup.buildList().modules();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      if (vendor) {
        return VendorVerify.run(setup, pool, diff, json, out, err);
      }
      if (!deep) {
        return plain(mods, setup, pool, out, err);
      }
      DeepVerifier v = new DeepVerifier(setup.cache(), setup.sums(), Runnable::run);
      List<DeepReport> reports = inParallel(pool, mods, m -> v.verify(m, setup.replacement(m)));
      if (json) {
        out.print(VerifyJson.render(setup, reports));
      } else {
        out.print(VerifyText.render(reports));
      }
      out.flush();
      return reports.stream().anyMatch(r -> r.status() == DeepReport.Status.MODIFIED)
          ? ExitCode.FAILED.code() : ExitCode.OK.code();
    } finally {
      pool.shutdownNow();
    }
  }

  /** go mod verify exactly: its lines on stderr in build-list order, or its one line on stdout. */
  private static int plain(List<ModuleVersion> mods, VerifySetup setup, ExecutorService pool, PrintWriter out,
      PrintWriter err) {
    if (setup.goModMismatch().isPresent()) {
      err.print(setup.goModMismatch().get());
      err.flush();
      return ExitCode.FAILED.code();
    }
    List<CacheCheck> checks = inParallel(pool, mods, m -> CacheVerifier.verify(setup.cache(), m, Runnable::run));
    boolean ok = true;
    for (CacheCheck c : checks) {
      for (String e : c.errors()) {
        err.print(e + "\n");
        ok = false;
      }
    }
    err.flush();
    if (ok) {
      out.print("all modules verified\n");
      out.flush();
      return ExitCode.OK.code();
    }
    return ExitCode.FAILED.code();
  }

  private static <T> List<T> inParallel(ExecutorService pool, List<ModuleVersion> mods,
      Function<ModuleVersion, T> task) {
    List<Future<T>> futures = new ArrayList<>();
    for (ModuleVersion m : mods) {
      futures.add(pool.submit(() -> task.apply(m)));
    }
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    return out;
  }
}
