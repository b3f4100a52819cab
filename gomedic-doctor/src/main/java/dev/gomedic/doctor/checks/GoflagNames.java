package dev.gomedic.doctor.checks;

import dev.gomedic.mod.gover.GoVersion;
import java.util.Optional;
import java.util.Set;

/**
 * The flag names GOFLAGS may hold. go accepts a name in GOFLAGS when any of its commands defines a flag of that
 * name (the whole command tree is searched), and stops with "go: parsing $GOFLAGS: unknown flag -NAME" otherwise,
 * before running any command but go env and go bug.
 *
 * <p>{@link #GO_1_19} was measured: every quoted word of go 1.19's cmd/go sources was tried as
 * {@code GOFLAGS=-word go version}; the 101 accepted names, plus the test.NAME aliases of the flags go test passes
 * to the test binary. {@link #LATER} are the names newer releases define (read in the newest cmd/go sources:
 * work/build.go, test/testflag.go, modcmd/edit.go and tidy.go, envcmd/env.go, base/flag.go), without the exact
 * release each arrived in; they are accepted for any go newer than 1.19.
 */
final class GoflagNames {
  private GoflagNames() {}

  private static final Set<String> TEST_BINARY = Set.of("bench", "benchmem", "benchtime", "blockprofile",
      "blockprofilerate", "count", "coverprofile", "cpu", "cpuprofile", "failfast", "fuzz", "fuzzminimizetime",
      "fuzztime", "list", "memprofile", "memprofilerate", "mutexprofile", "mutexprofilefraction", "outputdir",
      "parallel", "run", "short", "shuffle", "timeout", "trace", "v");

  static final Set<String> GO_1_19 = Set.of("a", "asan", "asmflags", "bench", "benchmem", "benchtime",
      "blockprofile", "blockprofilerate", "buildmode", "buildvcs", "c", "cache", "compat", "compiled", "compiler",
      "count", "cover", "covermode", "coverpkg", "coverprofile", "cpu", "cpuprofile", "d", "debug-actiongraph",
      "debug-trace", "deps", "dropexclude", "dropreplace", "droprequire", "dropretract", "dropuse", "e", "exclude",
      "exec", "export", "f", "failfast", "find", "fix", "fmt", "fuzz", "fuzzcache", "fuzzminimizetime", "fuzztime",
      "gccgoflags", "gcflags", "go", "i", "insecure", "installsuffix", "json", "ldflags", "linkshared", "list", "m",
      "memprofile", "memprofilerate", "mod", "modcache", "modcacherw", "modfile", "module", "msan", "mutexprofile",
      "mutexprofilefraction", "n", "o", "outputdir", "overlay", "p", "parallel", "pkgdir", "print", "r", "race",
      "replace", "require", "retract", "retracted", "reuse", "run", "short", "shuffle", "t", "tags", "test",
      "testcache", "timeout", "toolexec", "trace", "trimpath", "u", "use", "v", "vendor", "versions", "vet",
      "vettool", "w", "work", "x");

  static final Set<String> LATER = Set.of("C", "pgo", "debug-runtime-trace", "skip", "fullpath", "artifacts",
      "test.skip", "test.fullpath", "test.artifacts", "toolchain", "godebug", "dropgodebug", "tool", "droptool",
      "ignore", "dropignore", "diff", "changed");

  /** Whether go {@code version} (without "go"; empty when unknown) defines a flag called {@code name}. */
  static boolean known(String name, Optional<String> version) {
    if (GO_1_19.contains(name) || (name.startsWith("test.") && TEST_BINARY.contains(name.substring(5)))) {
      return true;
    }
    boolean newer = version.filter(GoVersion::isValid).map(v -> GoVersion.compare(v, "1.19.99") > 0).orElse(true);
    return newer && LATER.contains(name);
  }

  /** The name go checks for a GOFLAGS word that starts with a dash: without one or two dashes and any =value. */
  static String name(String word) {
    String n = word.substring(1);
    if (n.startsWith("-")) {
      n = n.substring(1);
    }
    int eq = n.indexOf('=');
    return eq >= 0 ? n.substring(0, eq) : n;
  }
}
