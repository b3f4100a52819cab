package dev.gomedic.mod.vendor;

import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.semver.Semver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The go command's vendor consistency check (checkVendorConsistency in cmd/go/internal/modload) as
 * a pure function, for a single main module (not workspace mode), under the rules of Go 1.19 or of
 * the newest Go. The go command runs it only when it uses the vendor directory (go ≥ 1.14 in go.mod
 * with a vendor directory and no -mod flag, or -mod=vendor).
 */
public final class VendorConsistency {
  private VendorConsistency() {}

  /** Which go command's rules to apply. */
  public enum Rules {
    GO_1_19,
    NEWEST
  }

  /** A replace directive: {@code old} has version "" for a wildcard; {@code replacement} too for a directory. */
  public record Replace(ModuleVersion old, ModuleVersion replacement) {
    public Replace {
      Objects.requireNonNull(old);
      Objects.requireNonNull(replacement);
    }
  }

  /**
   * The parts of the main module's go.mod the check reads.
   *
   * @param modulePath the main module's path
   * @param goVersion the go line's version, or "" when there is none
   * @param requires require directives in file order
   * @param replaces replace directives in file order
   */
  public record GoMod(String modulePath, String goVersion, List<ModuleVersion> requires, List<Replace> replaces) {
    public GoMod {
      requires = List.copyOf(requires);
      replaces = List.copyOf(replaces);
    }

    /** The parts of a parsed go.mod the check reads (a missing module or go line reads as ""). */
    public static GoMod of(ModFile mf) {
      List<ModuleVersion> requires = mf.requires().stream().map(r -> new ModuleVersion(r.path(), r.version())).toList();
      List<Replace> replaces = mf.replaces().stream()
          .map(r -> new Replace(new ModuleVersion(r.oldPath(), nz(r.oldVersion())),
              new ModuleVersion(r.newPath(), nz(r.newVersion()))))
          .toList();
      return new GoMod(mf.module() == null ? "" : mf.module().path(), mf.go() == null ? "" : mf.go().version(),
          requires, replaces);
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }

  /** One inconsistency: the module it is about and Go's detail text. */
  public record Problem(ModuleVersion module, String detail) {
    /** Go's line for it: {@code path@version: detail} (just {@code path: detail} without a version). */
    @Override
    public String toString() {
      return module + ": " + detail;
    }
  }

  /**
   * Checks modules.txt against go.mod.
   *
   * @return the problems in the order the go command lists them (empty when consistent)
   */
  public static List<Problem> check(GoMod goMod, VendorList vendor, Rules rules) {
    boolean pre114;
    if (rules == Rules.GO_1_19) {
      pre114 = goMod.goVersion().isEmpty() || Semver.compare("v" + goMod.goVersion(), "v1.14") < 0;
    } else {
      String v = goMod.goVersion().isEmpty() ? "1.16" : goMod.goVersion(); // Go's default for no go line
      pre114 = GoVersion.compare(v, "1.14") < 0;
    }
    List<Problem> out = new ArrayList<>();

    for (ModuleVersion r : goMod.requires()) {
      if (!vendor.metadata(r).explicit()) {
        if (pre114) {
          vendor.selectedVersion(r.path()).filter(vv -> !vv.equals(r.version())).ifPresent(vv ->
              out.add(new Problem(r, "is explicitly required in go.mod, but vendor/modules.txt indicates "
                  + r.path() + "@" + vv)));
        } else {
          out.add(new Problem(r, "is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt"));
        }
      }
    }

    Map<ModuleVersion, ModuleVersion> replaceMap = new HashMap<>();
    for (Replace r : goMod.replaces()) {
      replaceMap.put(r.old(), r.replacement());
    }
    Set<ModuleVersion> seen = new HashSet<>();
    for (Replace r : goMod.replaces()) {
      ModuleVersion want = r.replacement();
      if (rules == Rules.NEWEST) {
        if (!seen.add(r.old())) {
          continue;
        }
        want = replacement(goMod, replaceMap, r.old());
      }
      ModuleVersion vr = vendor.metadata(r.old()).replacement();
      if (vr == null) {
        if (want == null) {
          continue; // the main module itself: not really replaced
        }
        if (pre114 && (r.old().version().isEmpty()
            || !r.old().version().equals(vendor.selectedVersion(r.old().path()).orElse("")))) {
          continue; // old modules.txt files omitted these
        }
        out.add(new Problem(r.old(), "is replaced in go.mod, but not marked as replaced in vendor/modules.txt"));
      } else if (!vr.equals(want)) {
        out.add(new Problem(r.old(), "is replaced by " + (want == null ? "" : want) + " in go.mod"
            + ", but marked as replaced by " + vr + " in vendor/modules.txt"));
      }
    }

    Set<ModuleVersion> required = new HashSet<>(goMod.requires());
    for (ModuleVersion mod : vendor.providingModules()) {
      if (vendor.metadata(mod).explicit() && !required.contains(mod)) {
        out.add(new Problem(mod, "is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod"));
      }
    }

    for (ModuleVersion mod : vendor.replacedModules()) {
      ModuleVersion r = replacement(goMod, replaceMap, mod);
      if (r == null) {
        out.add(new Problem(mod, "is marked as replaced in vendor/modules.txt, but not replaced in go.mod"));
        continue;
      }
      ModuleVersion marked = vendor.metadata(mod).replacement();
      if (rules == Rules.GO_1_19 && !r.equals(marked)) {
        out.add(new Problem(mod, "is marked as replaced by " + marked
            + " in vendor/modules.txt, but replaced by " + r + " in go.mod"));
      }
    }
    return out;
  }

  /**
   * The go command's whole error for the problems ({@code go: inconsistent vendoring in DIR:} plus one
   * tab-indented line per problem and the advice), or "" when there are none.
   *
   * @param moduleRoot the directory holding go.mod and vendor/, as go prints it
   */
  public static String message(String moduleRoot, List<Problem> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("go: inconsistent vendoring in ").append(moduleRoot).append(':');
    for (Problem p : problems) {
      b.append("\n\t").append(p);
    }
    return b.append("\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod.")
        .append("\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor")
        .toString();
  }

  /** What replaces {@code mod}: an exact-version replace first, then a wildcard; null if none. */
  private static ModuleVersion replacement(GoMod goMod, Map<ModuleVersion, ModuleVersion> replaceMap, ModuleVersion mod) {
    if (mod.path().equals(goMod.modulePath()) && mod.version().isEmpty()) {
      return null;
    }
    ModuleVersion r = replaceMap.get(mod);
    if (r != null) {
      return r;
    }
    return replaceMap.get(new ModuleVersion(mod.path(), ""));
  }
}
