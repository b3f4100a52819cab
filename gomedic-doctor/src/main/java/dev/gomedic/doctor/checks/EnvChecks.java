package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.List;

/** The checks that are a single go env variable with a bad value. */
final class EnvChecks {
  private EnvChecks() {}

  static List<Check> all() {
    return List.of(
        new EnvCheck("GOSUMDB_OFF", Severity.WARNING, Group.PROXY_CHECKSUMS, "checksum database verification is off",
            "GOSUMDB", "off"::equals,
            (c, v) -> "GOSUMDB=off stops go from checking new modules against sum.golang.org, so a module whose"
                + " contents were changed on the proxy or the origin is accepted silently the first time it enters go.sum."
                + " For private modules use GOPRIVATE instead; it switches verification off only for them."),
        new EnvCheck("GOINSECURE_SET", Severity.WARNING, Group.PROXY_CHECKSUMS, "GOINSECURE allows plain HTTP fetches",
            "GOINSECURE", s -> !s.isEmpty(),
            (c, v) -> "GOINSECURE lets go fetch the matching modules over plain HTTP and without certificate checks,"
                + " and skips checksum-database verification for them. It is meant for a test server, not for a"
                + " corporate proxy with its own CA (install the CA instead)."),
        new EnvCheck("GOPROXY_OFF", Severity.WARNING, Group.PROXY_CHECKSUMS, "module downloads are disabled",
            "GOPROXY", s -> s.equals("off") || s.startsWith("off,") || s.startsWith("off|"),
            (c, v) -> "With GOPROXY=off go may use only modules already in the module cache or vendor/; anything else"
                + " fails with \"module lookup disabled by GOPROXY=off\". It is fine in hermetic CI, a trap when left"
                + " behind in a go env file."));
  }
}
