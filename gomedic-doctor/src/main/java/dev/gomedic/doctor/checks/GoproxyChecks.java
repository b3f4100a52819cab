package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.ArrayList;
import java.util.List;

/** GOPROXY_DIRECT and GOPROXY_INVALID: the proxy list sends go straight to VCS, or cannot be parsed. */
final class GoproxyChecks {
  private GoproxyChecks() {}

  static final class Direct extends BaseCheck {
    Direct() {
      super("GOPROXY_DIRECT", Severity.WARNING, Group.PROXY_CHECKSUMS, "no module proxy: go fetches from VCS directly");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      EnvValue v = ctx.goEnv("GOPROXY");
      if (!v.value().equals("direct")) {
        return List.of();
      }
      List<Evidence> ev = new ArrayList<>(List.of(v.evidence()));
      boolean git = GoPaths.onPath(ctx, "git").isPresent();
      for (String tool : List.of("git", "hg", "svn", "bzr", "fossil")) {
        ev.add(new Evidence(tool, GoPaths.onPath(ctx, tool).map(Object::toString).orElse("not on PATH"), "PATH"));
      }
      return List.of(new Finding(id(), git ? Severity.INFO : Severity.WARNING, group(), title(),
          "With GOPROXY=direct go clones every dependency with its version control tool (git for almost all"
              + " modules): slower, dependent on each origin being up, and failing with \"exec: git: executable file"
              + " not found\" where git is missing.",
          ev, List.of(Fix.goEnvWrite("use the public proxy with a direct fallback", "GOPROXY", "https://proxy.golang.org,direct"))));
    }
  }

  static final class Invalid extends BaseCheck {
    Invalid() {
      super("GOPROXY_INVALID", Severity.ERROR, Group.PROXY_CHECKSUMS, "GOPROXY cannot be parsed");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) {
      EnvValue v = ctx.goEnv("GOPROXY");
      if (v.value().isEmpty()) {
        return List.of();
      }
      List<String> problems = problems(v.value());
      if (problems.isEmpty()) {
        return List.of();
      }
      List<Evidence> ev = new ArrayList<>(List.of(v.evidence()));
      problems.forEach(p -> ev.add(new Evidence("problem", p, "GOPROXY")));
      return List.of(finding(
          "GOPROXY is a list of proxy URLs (https, http or file) and the keywords direct and off, separated by"
              + " commas or pipes. go rejects the entries below the first time it needs to download a module.",
          ev, List.of(Fix.goEnvWrite("restore the default", "GOPROXY", "https://proxy.golang.org,direct"))));
    }

    static List<String> problems(String value) {
      List<String> out = new ArrayList<>();
      int entries = 0;
      for (String e : value.split("[,|]")) {
        String s = e.strip();
        if (s.isEmpty()) {
          continue;
        }
        entries++;
        if (s.equals("direct") || s.equals("off")) {
          continue;
        }
        int colon = s.indexOf("://");
        if (colon < 0) {
          continue; // go prefixes https://
        }
        String scheme = s.substring(0, colon);
        if (!List.of("https", "http", "file").contains(scheme)) {
          out.add("invalid proxy URL scheme (must be https, http, file): " + s);
        }
      }
      if (entries == 0) {
        out.add("GOPROXY list is not the empty string, but contains no entries");
      }
      return out;
    }
  }
}
