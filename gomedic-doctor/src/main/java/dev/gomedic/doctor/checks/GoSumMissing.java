package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.modfile.Require;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Requirements of the main module whose go.mod hash is not in go.sum. */
final class GoSumMissing extends BaseCheck {
  static final int MAX_LISTED = 20;

  GoSumMissing() {
    super("GO_SUM_MISSING", Severity.ERROR, Group.MODULES, "requirements without go.sum lines");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) throws java.io.IOException {
    Optional<ModFile> mf = Project.modFile(ctx);
    if (mf.isEmpty() || mf.get().requires().isEmpty()) {
      return List.of();
    }
    Path root = Project.moduleRoot(ctx).orElseThrow();
    Path sum = root.resolve("go.sum");
    Set<String> lines = new HashSet<>();
    boolean exists = Files.isRegularFile(sum);
    if (exists) {
      for (String l : new String(Project.read(sum, Project.MAX_MOD_FILE), StandardCharsets.UTF_8).split("\n")) {
        String[] f = l.trim().split("\\s+");
        if (f.length == 3) {
          lines.add(f[0] + " " + f[1]);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Require r : mf.get().requires()) {
      Optional<Replace> rep = replacement(mf.get(), r);
      String path = r.path();
      String version = r.version();
      if (rep.isPresent()) {
        if (rep.get().newVersion() == null || rep.get().newVersion().isEmpty()) {
          continue; // a local directory: nothing to verify
        }
        path = rep.get().newPath();
        version = rep.get().newVersion();
      }
      if (!lines.contains(path + " " + version + "/go.mod") && !lines.contains(path + " " + version)) {
        missing.add(path + "@" + version);
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<Evidence> ev = new ArrayList<>();
    ev.add(new Evidence("go.sum", sum.toString(), exists ? lines.size() + " entries" : "file does not exist"));
    for (String m : missing.subList(0, Math.min(MAX_LISTED, missing.size()))) {
      ev.add(new Evidence("missing", m, "required in go.mod"));
    }
    if (missing.size() > MAX_LISTED) {
      ev.add(new Evidence("missing", "... and " + (missing.size() - MAX_LISTED) + " more", ""));
    }
    return List.of(finding(
        "go verifies every module it loads against go.sum and, since Go 1.16, will not add lines by itself during a"
            + " build. " + missing.size() + " requirement(s) have no go.sum line, so builds fail with \"missing"
            + " go.sum entry\". This usually means go.sum was not committed or go.mod was edited by hand or by a bot.",
        ev,
        List.of(Fix.everywhere("record the missing checksums (and commit go.sum)", "go mod tidy"),
            Fix.everywhere("or only download and record them", "go mod download " + String.join(" ",
                missing.subList(0, Math.min(5, missing.size())).stream().map(m -> m.substring(0, m.indexOf('@'))).toList())))));
  }

  static Optional<Replace> replacement(ModFile mf, Require r) {
    Replace wildcard = null;
    for (Replace rep : mf.replaces()) {
      if (rep.oldPath().equals(r.path())) {
        if (r.version().equals(rep.oldVersion())) {
          return Optional.of(rep);
        }
        if (rep.oldVersion() == null || rep.oldVersion().isEmpty()) {
          wildcard = rep;
        }
      }
    }
    return Optional.ofNullable(wildcard);
  }
}
