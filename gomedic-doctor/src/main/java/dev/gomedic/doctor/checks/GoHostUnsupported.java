package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.GoInstall;
import dev.gomedic.doctor.Group;
import dev.gomedic.host.GoOs;
import dev.gomedic.doctor.Severity;
import dev.gomedic.mod.gover.GoVersion;
import java.util.List;
import java.util.Optional;

/**
 * GO_HOST_UNSUPPORTED: the selected Go release needs a newer OS than this host's. The minimums come from each
 * release's notes ("Ports" section of go.dev/doc/go1.NN, which announces the next release's minimum), as
 * listed with their sources in docs/doctor-checks.md.
 */
final class GoHostUnsupported extends BaseCheck {
  /** From Go {@code since} on, {@code os} needs at least {@code minimum} ({@code name} for people). */
  record Minimum(GoOs os, String since, String minimum, String name, String source) {}

  /** The table of docs/doctor-checks.md (GO_HOST_UNSUPPORTED), each row from the release notes that announced it. */
  static final List<Minimum> MINIMUMS = List.of(
      new Minimum(GoOs.DARWIN, "1.13", "10.11", "macOS 10.11 El Capitan", "go.dev/doc/go1.12#darwin"),
      new Minimum(GoOs.DARWIN, "1.15", "10.12", "macOS 10.12 Sierra", "go.dev/doc/go1.14#darwin"),
      new Minimum(GoOs.DARWIN, "1.17", "10.13", "macOS 10.13 High Sierra", "go.dev/doc/go1.16#darwin"),
      new Minimum(GoOs.DARWIN, "1.21", "10.15", "macOS 10.15 Catalina", "go.dev/doc/go1.20#darwin"),
      new Minimum(GoOs.DARWIN, "1.23", "11", "macOS 11 Big Sur", "go.dev/doc/go1.22#darwin"),
      new Minimum(GoOs.DARWIN, "1.25", "12", "macOS 12 Monterey", "go.dev/doc/go1.24#darwin"),
      new Minimum(GoOs.DARWIN, "1.27", "13", "macOS 13 Ventura", "go.dev/doc/go1.26#darwin"),
      new Minimum(GoOs.WINDOWS, "1.11", "6.1", "Windows 7 or Windows Server 2008 R2", "go.dev/doc/go1.10#windows"),
      new Minimum(GoOs.WINDOWS, "1.21", "10.0", "Windows 10 or Windows Server 2016", "go.dev/doc/go1.20#windows"),
      new Minimum(GoOs.LINUX, "1.18", "2.6.32", "Linux kernel 2.6.32", "go.dev/doc/go1.18#linux"),
      new Minimum(GoOs.LINUX, "1.24", "3.2", "Linux kernel 3.2", "go.dev/doc/go1.23#linux"));

  GoHostUnsupported() {
    super("GO_HOST_UNSUPPORTED", Severity.ERROR, Group.PLATFORM, "this Go release does not support this OS version");
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    Optional<String> host = ctx.host().osVersion();
    Optional<String> go = ctx.selectedGo().flatMap(GoInstall::version).map(v -> v.replaceFirst("^go", ""))
        .filter(GoVersion::isValid);
    if (host.isEmpty() || go.isEmpty()) {
      return List.of();
    }
    Optional<Minimum> need = minimum(ctx.os(), go.get());
    if (need.isEmpty() || compareOs(host.get(), need.get().minimum()) >= 0) {
      return List.of();
    }
    Minimum m = need.get();
    return List.of(finding(
        "Go " + GoVersion.lang(go.get()) + " and later need " + m.name() + " or newer (" + m.source() + "), but this"
            + " host runs " + host.get() + ". Such a go may refuse to start, crash at once or fail in odd ways in"
            + " system calls it expects; the Go team does not test or fix it there.",
        List.of(new Evidence("go version", "go" + go.get(), ctx.selectedGo().get().binary().toString()),
            new Evidence("OS version", host.get(), ctx.os().goName() + ", needs " + m.minimum() + " or later")),
        List.of(Fix.everywhere("install the newest Go release that still supports this OS (below go" + m.since() + ")",
                "gomedic toolchain install go1." + (Integer.parseInt(m.since().substring(2)) - 1)),
            Fix.everywhere("or upgrade the operating system to " + m.name() + " or newer", "# OS upgrade"))));
  }

  /** The strictest minimum that applies to Go {@code go} on {@code os}. */
  static Optional<Minimum> minimum(GoOs os, String go) {
    Minimum best = null;
    for (Minimum m : MINIMUMS) {
      if (m.os() == os && GoVersion.compare(go, m.since()) >= 0) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Compares dotted OS versions numerically ("10.15.7" > "10.9", "5.15.0-91-generic" as 5.15.0). */
  static int compareOs(String a, String b) {
    String[] x = a.split("[.]");
    String[] y = b.split("[.]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Long.compare(num(x, i), num(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long num(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    String d = parts[i].replaceFirst("^(\\d{1,9}).*", "$1");
    return d.matches("\\d+") ? Long.parseLong(d) : 0;
  }
}
