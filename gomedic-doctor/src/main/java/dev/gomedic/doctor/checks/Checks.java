package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.Check;
import java.util.List;

/** The catalog of checks doctor runs, in the order they are shown. */
public final class Checks {
  private Checks() {}

  /** A fresh instance of every check. */
  public static List<Check> all() {
    List<Check> all = new java.util.ArrayList<>(List.of(
        new InstallChecks.NotFound(),
        new InstallChecks.NotExecutable(),
        new ArchChecks.WrongArch(),
        new ArchChecks.UnderRosetta(),
        new MixedInstalls(),
        new InstallChecks.Shadowed(),
        new InstallChecks.GobinNotOnPath(),
        new GorootInvalid(),
        new GorootSet(),
        new GorootMismatch(),
        new GorootEqualsGopath(false),
        new GorootEqualsGopath(true),
        new GopathRelative(),
        new GopathHasGoMod(),
        new GopathMode(),
        new Go111ModuleOff(),
        new NoMainModule(),
        new StrayGoMod(),
        new GoModInvalid(),
        new GoVersionTooNew(),
        new GoSumMissing(),
        new ReplaceLocal(),
        new ReplaceTargetMissing(),
        new VendorInconsistent(),
        new VendorModified(),
        new VendorIgnored(),
        new GoworkActive(),
        new GonosumdbBroad(),
        new GoproxyChecks.Direct(),
        new GoproxyChecks.Invalid(),
        new GoflagsInvalid(),
        new PlatformChecks.NoCompiler(),
        new PlatformChecks.Unsupported(),
        new GoHostUnsupported(),
        new BrewPkgConflict(),
        new WindowsPathConflict(),
        new GoenvFileChecks.Invalid(),
        new GoenvFileChecks.Shadowed(),
        new IdeGorootMismatch()));
    all.addAll(all.indexOf(all.stream().filter(c -> c.id().equals("GONOSUMDB_BROAD")).findFirst().orElseThrow()),
        EnvChecks.all());
    return List.copyOf(all);
  }
}
