package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modfile.ModFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether go builds the main module from its vendor/ directory, and if not why: a workspace (go.work), a
 * {@code -mod=mod} or {@code -mod=readonly} in GOFLAGS, or a go line below 1.14 without {@code -mod=vendor}.
 *
 * @param root the module root
 * @param modFile its go.mod
 * @param goLine the go line ("1.11" when there is none, as 1.19 treats it for this rule)
 * @param goflags GOFLAGS with its provenance
 * @param mod the last {@code -mod=} value of GOFLAGS, or ""
 * @param workspace the active go.work, if any
 */
record VendorUse(Path root, ModFile modFile, String goLine, EnvValue goflags, String mod,
    Optional<Project.Workspace> workspace) {

  /** The vendor use of the main module, when there is one with a vendor directory (and module mode is on). */
  static Optional<VendorUse> of(DoctorContext ctx) {
    Optional<ModFile> mf = Project.modFile(ctx);
    if (mf.isEmpty() || Project.moduleModeOff(ctx)) {
      return Optional.empty();
    }
    Path root = Project.moduleRoot(ctx).orElseThrow();
    if (!Files.isDirectory(root.resolve("vendor"))) {
      return Optional.empty();
    }
    EnvValue flags = ctx.goEnv("GOFLAGS");
    String goLine = mf.get().go() == null ? "1.11" : mf.get().go().version();
    return Optional.of(new VendorUse(root, mf.get(), goLine, flags, modFlag(flags.value()), Project.goWork(ctx)));
  }

  /** The value of the last {@code -mod=} (or {@code --mod=}) flag in GOFLAGS, or "". */
  static String modFlag(String goflags) {
    String mod = "";
    for (String f : goflags.trim().split("\\s+")) {
      String bare = f.startsWith("--") ? f.substring(2) : f.startsWith("-") ? f.substring(1) : "";
      if (bare.startsWith("mod=")) {
        mod = bare.substring(4);
      }
    }
    return mod;
  }

  Path vendor() {
    return root.resolve("vendor");
  }

  /** Whether vendor/modules.txt was written by {@code go work vendor} (its first line is {@code ## workspace}). */
  boolean workspaceVendor() {
    Path txt = vendor().resolve("modules.txt");
    try {
      return Files.isRegularFile(txt) && new String(Project.read(txt, Project.MAX_MOD_FILE),
          java.nio.charset.StandardCharsets.UTF_8).startsWith("## workspace");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Whether a go build here reads packages from vendor/. */
  boolean used() {
    if (workspace.isPresent()) {
      return workspaceVendor() && workspace.get().file().getParent() != null
          && workspace.get().file().getParent().equals(root);
    }
    if (mod.equals("vendor")) {
      return true;
    }
    return mod.isEmpty() && GoVersion.compare(goLine, "1.14") >= 0;
  }
}
