package dev.gomedic.cli.mod;

import dev.gomedic.cli.UserFiles;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Hosts;
import dev.gomedic.discovery.Toolchain;
import dev.gomedic.goenv.EnvProblem;
import dev.gomedic.goenv.EnvVar;
import dev.gomedic.goenv.Resolution;
import dev.gomedic.goenv.Resolver;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.mod.modcache.ModCache;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.modfile.Use;
import dev.gomedic.mod.modfile.WorkFile;
import dev.gomedic.mod.modgraph.BuildList;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.sumfile.GoSum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code go mod verify} would work on in the working directory: the module cache, the main module (or
 * workspace) from GOMOD / GOWORK / GOFLAGS=-modfile, its go.sum files and its build list.
 */
record VerifySetup(ModCache cache, List<BuildList.Main> mains, List<GoSum> sums, BuildList.Result buildList,
    Optional<String> goModMismatch) {
  static final String NO_GO_MOD =
      "go: go.mod file not found in current directory or any parent directory; see 'go help modules'";

  private static final java.util.Set<String> VERIFY_READS =
      java.util.Set.of("GOWORK", "GOMODCACHE", "GOPATH", "GOFLAGS", "GO111MODULE", "GOENV");

  static VerifySetup of(CliContext context) {
    Host host = Hosts.of(context, context.workingDir());
    Path none = host.path(host.os() == GoOs.WINDOWS ? "go.exe" : "go");
    Toolchain t = new Toolchain(none, none, Optional.empty(), "unknown", Optional.empty(), "none", -1, List.of());
    Resolution r = Resolver.resolve(host, t);
    // Only the variables verify reads can make it fail; a missing go binary (no GOROOT) cannot.
    for (EnvProblem p : r.problems()) {
      if (p.kind() == EnvProblem.Kind.GO_FAILS && VERIFY_READS.contains(p.subject())) {
        throw new GoFailure(p.message());
      }
    }
    String modcache = value(r, "GOMODCACHE");
    if (modcache.isEmpty()) {
      throw new GoFailure("go: module cache not found: neither GOMODCACHE nor GOPATH is set");
    }
    Path cacheRoot = Path.of(modcache);
    if (!cacheRoot.isAbsolute()) {
      throw new GoFailure("go: GOMODCACHE entry is relative; must be absolute path: \"" + modcache + "\"");
    }
    ModCache cache = new ModCache(cacheRoot);
    String gowork = value(r, "GOWORK");
    if (!gowork.isEmpty() && !gowork.equals("off")) {
      return workspace(cache, Path.of(gowork));
    }
    String gomod = value(r, "GOMOD");
    if (gomod.isEmpty() || gomod.equals("/dev/null") || gomod.equalsIgnoreCase("NUL")) {
      throw new GoFailure(NO_GO_MOD);
    }
    Path goMod = modfile(value(r, "GOFLAGS"), context).orElse(Path.of(gomod));
    Path dir = Path.of(gomod).getParent();
    BuildList.Main main = new BuildList.Main(parse(goMod), dir);
    Path goSum = goMod.resolveSibling(goMod.getFileName().toString().replaceFirst("\\.mod$", "") + ".sum");
    List<GoSum> sums = new ArrayList<>();
    readSum(goSum).ifPresent(sums::add);
    GoModCheck check = new GoModCheck(sums, false);
    return new VerifySetup(cache, List.of(main), sums, BuildList.of(main, check.source(cache)), check.first());
  }

  private static VerifySetup workspace(ModCache cache, Path goWork) {
    byte[] data = ModFiles.read(goWork, goWork.toString());
    WorkFile w = ModFiles.parseWork(goWork.toString(), data);
    List<BuildList.Main> mains = new ArrayList<>();
    List<GoSum> sums = new ArrayList<>();
    for (Use u : w.uses()) {
      Path dir = goWork.getParent().resolve(u.path()).normalize();
      mains.add(new BuildList.Main(parse(dir.resolve("go.mod")), dir));
      readSum(dir.resolve("go.sum")).ifPresent(sums::add);
    }
    readSum(goWork.resolveSibling("go.work.sum")).ifPresent(s -> sums.add(0, s));
    List<Replace> replaces = w.replaces().stream().map(rp -> rp.newVersion().isEmpty()
        ? new Replace(rp.oldPath(), rp.oldVersion(), goWork.getParent().resolve(rp.newPath()).normalize().toString(),
            "", rp.syntax()) : rp).toList();
    GoModCheck check = new GoModCheck(sums, true);
    return new VerifySetup(cache, mains, sums, BuildList.ofWorkspace(mains, replaces, check.source(cache)),
        check.first());
  }

  /** The -modfile of GOFLAGS, if set (go mod verify takes it, as every module-aware command does). */
  private static Optional<Path> modfile(String goflags, CliContext context) {
    for (String f : goflags.trim().split("\\s+")) {
      for (String prefix : new String[] {"-modfile=", "--modfile="}) {
        if (f.startsWith(prefix)) {
          return Optional.of(context.resolve(f.substring(prefix.length())));
        }
      }
    }
    return Optional.empty();
  }

  private static ModFile parse(Path goMod) {
    return ModFiles.parseMod(goMod.toString(), ModFiles.read(goMod, goMod.toString()));
  }

  private static Optional<GoSum> readSum(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(GoSum.read(Files.readAllBytes(file), file.toString()));
    } catch (IOException e) {
      throw UserFiles.error("open", file.toString(), e);
    }
  }

  private static String value(Resolution r, String name) {
    return r.find(name).map(EnvVar::value).orElse("");
  }

  /** The replacement of {@code m} in the build list, if any. */
  Optional<ModuleVersion> replacement(ModuleVersion m) {
    return Optional.ofNullable(buildList.replacements().get(m));
  }

  /** A failure go itself reports in these words (no "gomedic: " prefix), exit 1. */
  static final class GoFailure extends RuntimeException {
    GoFailure(String message) {
      super(message, null, false, false);
    }
  }
}
