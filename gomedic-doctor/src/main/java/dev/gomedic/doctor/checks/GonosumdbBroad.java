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
import java.util.regex.Pattern;

/** A GOPRIVATE / GONOSUMDB / GONOSUMCHECK pattern switches off verification for a public code host. */
final class GonosumdbBroad extends BaseCheck {
  static final List<String> PUBLIC_HOSTS = List.of("github.com", "gitlab.com", "bitbucket.org", "golang.org",
      "google.golang.org", "gopkg.in", "go.googlesource.com", "k8s.io", "go.uber.org", "cloud.google.com");

  GonosumdbBroad() {
    super("GONOSUMDB_BROAD", Severity.WARNING, Group.PROXY_CHECKSUMS, "checksum verification is off for public hosts");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    List<Evidence> ev = new ArrayList<>();
    EnvValue first = null;
    for (String var : List.of("GOPRIVATE", "GONOSUMDB", "GONOSUMCHECK")) {
      EnvValue v = ctx.goEnv(var);
      for (String pat : v.value().split(",")) {
        String p = pat.strip();
        String host = broadFor(p);
        if (host != null) {
          ev.add(new Evidence(var, v.value(), v.describeSource() + ": \"" + p + "\" covers all of " + host));
          first = first == null ? v : first;
        }
      }
    }
    if (ev.isEmpty()) {
      return List.of();
    }
    return List.of(finding(
        "Module paths matching GOPRIVATE or GONOSUMDB are never checked against the public checksum database. A"
            + " pattern that covers a whole public host turns that protection off for thousands of public modules;"
            + " list only your organisation's prefix (github.com/your-org).",
        ev, List.of(Fix.goEnvWrite("narrow the pattern to your own modules", first.name(), "github.com/your-org"))));
  }

  /** The public host a pattern covers entirely, or null. */
  static String broadFor(String pattern) {
    if (pattern.isEmpty()) {
      return null;
    }
    String[] parts = pattern.split("/");
    if (parts.length > 2 || (parts.length == 2 && !parts[1].equals("*"))) {
      return null;
    }
    Pattern glob = Pattern.compile(globToRegex(parts[0]));
    for (String h : PUBLIC_HOSTS) {
      if (glob.matcher(h).matches()) {
        return h;
      }
    }
    return null;
  }

  static String globToRegex(String g) {
    StringBuilder sb = new StringBuilder();
    for (char c : g.toCharArray()) {
      switch (c) {
        case '*' -> sb.append("[^/]*");
        case '?' -> sb.append("[^/]");
        default -> sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
