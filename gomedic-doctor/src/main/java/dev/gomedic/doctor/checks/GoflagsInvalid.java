package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GOFLAGS holds something go rejects: a word that is not a flag, a flag name no go command defines (checked as go
 * does, against the selected go's release), a bad -mod value, the removed -insecure.
 */
final class GoflagsInvalid extends BaseCheck {
  GoflagsInvalid() {
    super("GOFLAGS_INVALID", Severity.ERROR, Group.BUILD_ENVIRONMENT, "GOFLAGS is invalid");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv("GOFLAGS");
    List<Evidence> ev = new ArrayList<>();
    Optional<String> version = ctx.selectedGo().flatMap(dev.gomedic.doctor.GoInstall::version)
        .map(s -> s.replaceFirst("^go", ""));
    for (String f : v.value().strip().split("\\s+")) {
      if (f.isEmpty()) {
        continue;
      }
      // go's own test for a word that is not a flag: -x --x -x=value and --x=value only.
      if (!f.startsWith("-") || f.equals("-") || f.equals("--") || f.startsWith("---") || f.startsWith("-=")
          || f.startsWith("--=")) {
        ev.add(new Evidence("problem", "parsing $GOFLAGS: non-flag \"" + f + "\"", "GOFLAGS"));
      } else if (!GoflagNames.known(GoflagNames.name(f), version)) {
        ev.add(new Evidence("problem", "parsing $GOFLAGS: unknown flag -" + GoflagNames.name(f),
            "GOFLAGS; no command of " + ctx.selectedGo().flatMap(dev.gomedic.doctor.GoInstall::version).orElse("any go")
                + " defines it"));
      } else if (f.startsWith("-mod=") || f.startsWith("--mod=")) {
        String m = f.substring(f.indexOf('=') + 1);
        if (!List.of("", "mod", "readonly", "vendor").contains(m)) {
          ev.add(new Evidence("problem", "-mod=" + m + " not supported (can be '', 'mod', 'readonly', or 'vendor')", "GOFLAGS"));
        }
      } else if (f.equals("-insecure") || f.equals("--insecure")) {
        ev.add(new Evidence("problem", "-insecure flag is no longer supported; use GOINSECURE instead", "GOFLAGS"));
      }
    }
    if (ev.isEmpty()) {
      return List.of();
    }
    ev.add(0, v.evidence());
    return List.of(finding(
        "go applies GOFLAGS to every command and stops before doing anything when a flag in it is malformed, so"
            + " a bad value there breaks all builds, often in CI where it was set long ago.",
        ev, List.of(GoPaths.unset(v, "remove GOFLAGS, then add back only valid flags"))));
  }
}
