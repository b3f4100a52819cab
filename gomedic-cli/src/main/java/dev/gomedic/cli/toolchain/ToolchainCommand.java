package dev.gomedic.cli.toolchain;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.Hosts;
import dev.gomedic.cli.UserError;
import dev.gomedic.discovery.Discovery;
import dev.gomedic.toolchain.catalog.Catalog;
import dev.gomedic.toolchain.catalog.CatalogException;
import dev.gomedic.toolchain.catalog.Release;
import dev.gomedic.toolchain.catalog.ReleaseFile;
import dev.gomedic.toolchain.fetch.CatalogSource;
import dev.gomedic.toolchain.fetch.Downloader;
import dev.gomedic.toolchain.fetch.ProgressListener;
import dev.gomedic.toolchain.install.ExecutableCheck;
import dev.gomedic.toolchain.install.GoTreeCheck;
import dev.gomedic.toolchain.install.Installer;
import dev.gomedic.toolchain.install.Layout;
import dev.gomedic.toolchain.install.SafeExtractor;
import dev.gomedic.toolchain.install.Target;
import dev.gomedic.toolchain.select.Selection;
import dev.gomedic.toolchain.verify.Keyring;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gomedic toolchain}: install, list and switch between Go releases kept side by side. */
@Command(
    name = "toolchain",
    description = "Installs Go releases (verified before unpacking) and selects one per directory.",
    subcommands = {
      ToolchainCommand.Install.class,
      ToolchainCommand.ListCmd.class,
      ToolchainCommand.Available.class,
      ToolchainCommand.Uninstall.class,
      ToolchainCommand.Which.class,
      ToolchainCommand.Use.class,
      ToolchainCommand.Pin.class
    })
public final class ToolchainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "toolchain: missing subcommand");
  }

  static CatalogSource.Loaded catalog(CliContext c, boolean refresh, PrintWriter err) {
    String url = c.env().getOrDefault("GOMEDIC_RELEASES_URL", "");
    URI u = url.isEmpty() ? CatalogSource.DEFAULT_URL : URI.create(url);
    Layout layout = Toolchains.layout(c);
    try {
      Files.createDirectories(layout.home().resolve("cache"));
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, layout.home() + ": " + e.getMessage());
    }
    String key = HexFormat.of().formatHex(dev.gomedic.toolchain.verify.Sha256.newDigest()
        .digest(u.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    CatalogSource src = new CatalogSource(u, layout.home().resolve("cache/releases-" + key + ".json"),
        new Downloader(Downloader.Options.defaults().withAttempts(2, Duration.ofMillis(200))), Clock.systemUTC(),
        Duration.ofHours(1));
    CatalogSource.Loaded l = src.load(refresh);
    if (!l.note().isEmpty()) {
      err.println("gomedic: " + l.note());
    }
    return l;
  }

  @Command(name = "install", description = "Downloads, verifies and installs a Go release.")
  public static final class Install implements java.util.concurrent.Callable<Integer> {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VERSION", description = "1.22.5, go1.22.5, 1.22 (newest patch), latest, stable")
    String version;

    @Option(names = "--os", description = "GOOS (default: this host's)") String os;
    @Option(names = "--arch", description = "GOARCH (default: this host's)") String arch;

    @Option(names = "--trust-catalog",
        description = "Install files the catalog lists without cross-checking them against the embedded snapshot"
            + " (private catalogs).")
    boolean trust;

    @Option(names = "--allow-missing-checksum", description = "Install a file the catalog gives no SHA-256 for.")
    boolean allowMissing;

    @Option(names = "--pgp", description = "Also verify the archive's .asc OpenPGP signature (default key: the embedded Google key).")
    boolean pgp;

    @Option(names = "--key", paramLabel = "KEY.asc") List<String> keys = new ArrayList<>();
    @Option(names = "--keyring", paramLabel = "DIR") String keyring;
    @Option(names = "--refresh", description = "Fetch the release list even when the cached copy is fresh.")
    boolean refresh;

    public Install(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Target target = Target.forHost(Hosts.machine(context), os, arch);
      String goos = target.goos();
      String goarch = target.goarch();
      target.note().ifPresent(n -> err.println("gomedic: " + n));
      Optional<Keyring> ring = Optional.empty();
      if (pgp) {
        try {
          ring = Optional.of(keyring != null ? Keyring.readDirectory(context.resolve(keyring))
              : keys.isEmpty() ? Keyring.google()
              : Keyring.readFiles(keys.stream().map(context::resolve).toList()));
        } catch (IOException e) {
          throw new UserError(ExitCode.FAILED, e.getMessage());
        }
      }
      CatalogSource.Loaded loaded = catalog(context, refresh, err);
      Release r;
      try {
        r = loaded.catalog().resolve(version);
      } catch (CatalogException e) {
        throw new UserError(ExitCode.FAILED, e.getMessage());
      }
      ReleaseFile f = r.archive(goos, goarch).orElseThrow(() -> new UserError(ExitCode.FAILED,
          r.version() + ": no archive for " + goos + "/" + goarch + " in the release list"));
      Layout layout = Toolchains.layout(context);
      Installer installer = new Installer(layout, Catalog.embedded(), Toolchains.downloadBase(context),
          new Downloader(Downloader.Options.defaults()), new SafeExtractor(SafeExtractor.Limits.defaults()),
          new GoTreeCheck(new ExecutableCheck()), Clock.systemUTC());
      ProgressListener progress = context.terminal() ? new ProgressBar(err) : ProgressListener.NONE;
      Installer.Result res;
      try {
        res = installer.install(new Installer.Request(f, goos, goarch, trust, allowMissing, ring), progress);
      } catch (IOException e) {
        throw new UserError(ExitCode.FAILED, "install: " + e.getMessage());
      }
      for (String n : res.notes()) {
        err.println("gomedic: " + n);
      }
      if (res.alreadyInstalled()) {
        out.println(r.version() + " is already installed in " + res.goroot());
      } else {
        out.println("installed " + r.version() + " (" + goos + "/" + goarch + ", " + f.filename() + ", sha256 "
            + f.sha256() + ") in " + res.goroot());
      }
      return 0;
    }
  }

  @Command(name = "list", description = "Lists the Go releases gomedic installed; * marks the one selected here.")
  public static final class ListCmd implements Runnable {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public ListCmd(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      String selected = "";
      try {
        selected = Toolchains.select(context).release();
      } catch (UserError e) {
        // nothing selected: nothing marked
      }
      try {
        var layout = Toolchains.layout(context);
        List<String> installed = layout.installed();
        out.println("installed by gomedic (" + layout.toolchains() + "):");
        if (installed.isEmpty()) {
          out.println("  none yet: 'gomedic toolchain install 1.22' installs the newest Go 1.22");
        }
        for (String v : installed) {
          out.println((v.equals(selected) ? "* " : "  ") + v + "  " + layout.toolchain(v));
        }
      } catch (IOException e) {
        throw new UserError(ExitCode.FAILED, e.getMessage());
      }
      // Everything else on this machine, so that users see which go their shell runs.
      var found = Discovery.discover(Hosts.of(context, context.workingDir()), Hosts.binaryReader()).toolchains()
          .stream().filter(t -> !t.executable().startsWith(Toolchains.layout(context).toolchains()))
          .toList();
      out.println("elsewhere on this machine:");
      if (found.isEmpty()) {
        out.println("  none found on PATH or at the usual install locations");
      }
      for (var t : found) {
        String where = t.pathIndex() == 0 ? "on PATH, runs as 'go'"
            : t.onPath() ? "on PATH #" + (t.pathIndex() + 1) + ", shadowed" : "not on PATH";
        String origin = t.location().equals("PATH") ? where : t.location() + ", " + where;
        out.println("  " + t.versionOrUnknown() + "  " + t.executable() + "  (" + origin + ")");
      }
    }
  }

  @Command(name = "available", description = "Lists the releases in the release list (stable ones unless --all).")
  public static final class Available implements Runnable {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--all", description = "Every release, with betas, rcs and unsupported ones.") boolean all;
    @Option(names = "--refresh") boolean refresh;

    public Available(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      CatalogSource.Loaded l = catalog(context, refresh, spec.commandLine().getErr());
      List<String> installed;
      try {
        installed = Toolchains.layout(context).installed();
      } catch (IOException e) {
        installed = List.of();
      }
      for (Release r : l.catalog().releases()) {
        if (all || r.stable()) {
          out.println(r.version() + (installed.contains(r.version()) ? "  (installed)" : ""));
        }
      }
    }
  }

  @Command(name = "uninstall", description = "Removes an installed release.")
  public static final class Uninstall implements Runnable {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "VERSION") String version;

    public Uninstall(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      String release = Toolchains.releaseArg(version);
      Path root = Toolchains.installed(context, release, "");
      try {
        // Rename first, so the release disappears at once even if deleting is interrupted.
        Path trash = Files.createTempDirectory(root.getParent(), ".removing-" + release + "-");
        Files.move(root, trash.resolve(release), StandardCopyOption.ATOMIC_MOVE);
        Installer.deleteTree(trash);
      } catch (IOException e) {
        throw new UserError(ExitCode.FAILED, "uninstall: " + root + ": " + e.getMessage());
      }
      spec.commandLine().getOut().println("removed " + release + " from " + root);
    }
  }

  @Command(name = "which", description = "Prints the go command (or with --dir its GOROOT) selected here.")
  public static final class Which implements Runnable {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--dir", description = "Print the GOROOT directory instead.") boolean dir;
    @Option(names = {"-v", "--verbose"}, description = "Also say why this release is selected.") boolean verbose;

    public Which(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      Selection s = Toolchains.select(context);
      Path root = Toolchains.installed(context, s);
      PrintWriter out = spec.commandLine().getOut();
      out.println(dir ? root : root.resolve("bin").resolve(
          Hosts.of(context, context.workingDir()).os().exeSuffix().isEmpty() ? "go" : "go.exe"));
      if (verbose) {
        out.println("# " + s.describe());
      }
    }
  }

  @Command(name = "use", description = "Sets the global default release.")
  public static final class Use implements Runnable {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "VERSION") String version;

    public Use(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      String release = Toolchains.releaseArg(version);
      Layout layout = Toolchains.layout(context);
      writeAtomically(layout.defaultFile(), release + "\n");
      PrintWriter out = spec.commandLine().getOut();
      out.println("default: " + release);
      if (!Files.isRegularFile(layout.toolchain(release).resolve("VERSION"))) {
        spec.commandLine().getErr().println("gomedic: " + release + " is not installed yet: run 'gomedic toolchain"
            + " install " + release.substring(2) + "'");
      }
    }
  }

  @Command(name = "pin", description = "Writes .go-version (goenv's format) in the current directory.")
  public static final class Pin implements Runnable {
    private final CliContext context;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "VERSION") String version;

    public Pin(CliContext context) {
      this.context = context;
    }

    @Override
    public void run() {
      String release = Toolchains.releaseArg(version);
      String v = release.substring(2);
      if (v.matches("\\d+\\.\\d+")) {
        v = v + ".0"; // goenv names go1.20 "1.20.0"
      }
      Path f = context.workingDir().resolve(".go-version");
      writeAtomically(f, v + "\n");
      spec.commandLine().getOut().println("wrote " + f + ": " + v);
    }
  }

  static void writeAtomically(Path f, String text) {
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), "." + f.getFileName(), ".tmp");
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, f + ": " + e.getMessage());
    }
  }
}
