package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.Check;
import java.util.List;

/** The catalog of checks doctor runs, in the order they are shown. */
public final class Checks {
  private Checks() {}

  /** A fresh instance of every check. */
  public static List<Check> all() {
    return List.of(
        new NoMainModule(),
        new StrayGoMod(),
        new GoModInvalid(),
        new GoVersionTooNew(),
        new GoSumMissing(),
        new ReplaceLocal(),
        new ReplaceTargetMissing(),
        new VendorInconsistent(),
        new GoworkActive());
  }
}
