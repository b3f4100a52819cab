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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic toolchain}: install, list and switch between Go releases kept side by side. */
public final class ToolchainCommand {
  private ToolchainCommand() {}

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.group("toolchain",
        "Installs Go releases (verified before unpacking) and selects one per directory.");
    for (CommandSpec sub : List.of(Install.spec(context), ListCmd.spec(context), Available.spec(context),
        Uninstall.spec(context), Which.spec(context), Use.spec(context), Pin.spec(context))) {
      spec.addSubcommand(sub.name(), new CommandLine(sub, Specs.factory()));
    }
    return spec;
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

  /** {@code toolchain install}. */
  static final class Install {
    private final CliContext context;
    private final String version;
    private final String os;
    private final String arch;
    private final boolean trust;
    private final boolean allowMissing;
    private final boolean pgp;
    private final List<String> keys;
    private final String keyring;
    private final boolean refresh;

    private Install(CliContext context, Parsed p) {
      this.context = context;
      this.version = p.positional(0);
      this.os = p.string("--os");
      this.arch = p.string("--arch");
      this.trust = p.flag("--trust-catalog");
      this.allowMissing = p.flag("--allow-missing-checksum");
      this.pgp = p.flag("--pgp");
      this.keys = p.strings("--key");
      this.keyring = p.string("--keyring");
      this.refresh = p.flag("--refresh");
    }

    static CommandSpec spec(CliContext context) {
      CommandSpec spec = Specs.command("install", p -> new Install(context, p).run(p.out(), p.err()),
          "Downloads, verifies and installs a Go release.");
      spec.addPositional(Specs.positional("0", "1", "VERSION", "1.22.5, go1.22.5, 1.22 (newest patch), latest, stable"));
      spec.addOption(Specs.option("<os>", "GOOS (default: this host's)", "--os"));
      spec.addOption(Specs.option("<arch>", "GOARCH (default: this host's)", "--arch"));
      spec.addOption(Specs.flag("Install files the catalog lists without cross-checking them against the embedded"
          + " snapshot (private catalogs).", "--trust-catalog"));
      spec.addOption(Specs.flag("Install a file the catalog gives no SHA-256 for.", "--allow-missing-checksum"));
      spec.addOption(Specs.flag("Also verify the archive's .asc OpenPGP signature (default key: the embedded Google key).",
          "--pgp"));
      spec.addOption(Specs.listOption("KEY.asc", "With --pgp: a public key to trust instead of Google's (repeatable).",
          "--key").build());
      spec.addOption(Specs.option("DIR", "With --pgp: a directory of public keys to trust instead of Google's.",
          "--keyring"));
      spec.addOption(Specs.flag("Fetch the release list even when the cached copy is fresh.", "--refresh"));
      return spec;
    }

    private int run(PrintWriter out, PrintWriter err) {
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
      ProgressListener progress = context.progress() ? new ProgressBar(err) : ProgressListener.NONE;
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

  /** {@code toolchain list}. */
  static final class ListCmd {
    private ListCmd() {}

    static CommandSpec spec(CliContext context) {
      return Specs.command("list", p -> {
        run(context, p.out());
        return 0;
      }, "Lists the Go releases gomedic installed; * marks the one selected here.");
    }

    private static void run(CliContext context, PrintWriter out) {
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

  /** {@code toolchain available}. */
  static final class Available {
    private Available() {}

    static CommandSpec spec(CliContext context) {
      CommandSpec spec = Specs.command("available", p -> {
        run(context, p.flag("--all"), p.flag("--refresh"), p.out(), p.err());
        return 0;
      }, "Lists the releases in the release list (stable ones unless --all).");
      spec.addOption(Specs.flag("Every release, with betas, rcs and unsupported ones.", "--all"));
      spec.addOption(Specs.flag("Fetch the release list even when the cached copy is fresh.", "--refresh"));
      return spec;
    }

    private static void run(CliContext context, boolean all, boolean refresh, PrintWriter out, PrintWriter err) {
      CatalogSource.Loaded l = catalog(context, refresh, err);
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

  /** {@code toolchain uninstall}. */
  static final class Uninstall {
    private Uninstall() {}

    static CommandSpec spec(CliContext context) {
      CommandSpec spec = Specs.command("uninstall", p -> {
        run(context, p.positional(0), p.out());
        return 0;
      }, "Removes an installed release.");
      spec.addPositional(Specs.positional("0", "1", "VERSION", "An installed release, e.g. go1.22.5.").toBuilder()
          .completionCandidates(Toolchains.installedForCompletion(context)).build());
      return spec;
    }

    private static void run(CliContext context, String version, PrintWriter out) {
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
      out.println("removed " + release + " from " + root);
    }
  }

  /** {@code toolchain which}. */
  static final class Which {
    private Which() {}

    static CommandSpec spec(CliContext context) {
      CommandSpec spec = Specs.command("which", p -> {
        run(context, p.flag("--dir"), p.flag("--verbose"), p.out());
        return 0;
      }, "Prints the go command (or with --dir its GOROOT) selected here.");
      spec.addOption(Specs.flag("Print the GOROOT directory instead.", "--dir"));
      spec.addOption(Specs.flag("Also say why this release is selected.", "-v", "--verbose"));
      return spec;
    }

    private static void run(CliContext context, boolean dir, boolean verbose, PrintWriter out) {
      Selection s = Toolchains.select(context);
      Path root = Toolchains.installed(context, s);
      out.println(dir ? root : root.resolve("bin").resolve(
          Hosts.of(context, context.workingDir()).os().exeSuffix().isEmpty() ? "go" : "go.exe"));
      if (verbose) {
        out.println("# " + s.describe());
      }
    }
  }

  /** {@code toolchain use}. */
  static final class Use {
    private Use() {}

    static CommandSpec spec(CliContext context) {
      CommandSpec spec = Specs.command("use", p -> {
        run(context, p.positional(0), p.out(), p.err());
        return 0;
      }, "Sets the global default release.");
      spec.addPositional(Specs.positional("0", "1", "VERSION", "The release to use where nothing else selects one.")
          .toBuilder()
          .completionCandidates(Toolchains.installedForCompletion(context)).build());
      return spec;
    }

    private static void run(CliContext context, String version, PrintWriter out, PrintWriter err) {
      String release = Toolchains.releaseArg(version);
      Layout layout = Toolchains.layout(context);
      writeAtomically(layout.defaultFile(), release + "\n");
      out.println("default: " + release);
      if (!Files.isRegularFile(layout.toolchain(release).resolve("VERSION"))) {
        err.println("gomedic: " + release + " is not installed yet: run 'gomedic toolchain"
            + " install " + release.substring(2) + "'");
      }
    }
  }

  /** {@code toolchain pin}. */
  static final class Pin {
    private Pin() {}

    static CommandSpec spec(CliContext context) {
      CommandSpec spec = Specs.command("pin", p -> {
        run(context, p.positional(0), p.out());
        return 0;
      }, "Writes .go-version (goenv's format) in the current directory.");
      spec.addPositional(Specs.positional("0", "1", "VERSION", "The release this directory and those below use.")
          .toBuilder()
          .completionCandidates(Toolchains.installedForCompletion(context)).build());
      return spec;
    }

    private static void run(CliContext context, String version, PrintWriter out) {
      String release = Toolchains.releaseArg(version);
      String v = release.substring(2);
      if (v.matches("\\d+\\.\\d+")) {
        v = v + ".0"; // goenv names go1.20 "1.20.0"
      }
      Path f = context.workingDir().resolve(".go-version");
      writeAtomically(f, v + "\n");
      out.println("wrote " + f + ": " + v);
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
