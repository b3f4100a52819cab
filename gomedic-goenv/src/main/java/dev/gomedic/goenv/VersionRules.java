package dev.gomedic.goenv;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code go env} prints for each Go version: which variables, in which order, and how. The table is
 * documented in docs/goenv-version-rules.md; keep the two in step.
 */
final class VersionRules {
  private VersionRules() {}

  /** Oldest version whose rules gomedic knows; older toolchains are treated as this one. */
  static final int OLDEST = 16;

  /**
   * The variables printed by {@code go env} with no arguments, in the go command's order, for the given
   * version and GOARCH ({@code archVar} is the GOARCH-specific variable, e.g. GOAMD64, or empty).
   */
  static List<String> printed(GoVersion v, String archVar) {
    List<String> out = new ArrayList<>();
    out.add("GO111MODULE");
    out.add("GOARCH");
    if (v.atLeast(24)) {
      out.add("GOAUTH");
    }
    out.add("GOBIN");
    out.add("GOCACHE");
    if (v.atLeast(24)) {
      out.add("GODEBUG");
    }
    out.add("GOENV");
    out.add("GOEXE");
    if (v.atLeast(18)) {
      out.add("GOEXPERIMENT");
    }
    if (v.atLeast(24)) {
      out.add("GOFIPS140");
    }
    out.add("GOFLAGS");
    out.add("GOHOSTARCH");
    out.add("GOHOSTOS");
    out.add("GOINSECURE");
    out.add("GOMODCACHE");
    out.add("GONOPROXY");
    out.add("GONOSUMDB");
    out.add("GOOS");
    out.add("GOPATH");
    out.add("GOPRIVATE");
    out.add("GOPROXY");
    out.add("GOROOT");
    out.add("GOSUMDB");
    if (v.atLeast(24)) {
      out.add("GOTELEMETRY");
      out.add("GOTELEMETRYDIR");
    }
    out.add("GOTMPDIR");
    if (v.atLeast(21)) {
      out.add("GOTOOLCHAIN");
    }
    out.add("GOTOOLDIR");
    out.add("GOVCS");
    out.add("GOVERSION");
    if (v.atLeast(23) && !v.atLeast(24)) {
      out.add("GODEBUG");
      out.add("GOTELEMETRY");
      out.add("GOTELEMETRYDIR");
    }
    out.add("GCCGO");
    if (!archVar.isEmpty() && (v.atLeast(18) || !archVar.equals("GOAMD64"))) {
      out.add(archVar);
    }
    out.add("AR");
    out.add("CC");
    out.add("CXX");
    out.add("CGO_ENABLED");
    out.add("GOMOD");
    if (v.atLeast(18)) {
      out.add("GOWORK");
    }
    out.add("CGO_CFLAGS");
    out.add("CGO_CPPFLAGS");
    out.add("CGO_CXXFLAGS");
    out.add("CGO_FFLAGS");
    out.add("CGO_LDFLAGS");
    out.add("PKG_CONFIG");
    out.add("GOGCCFLAGS");
    return out;
  }

  /** Text output on Unix: {@code NAME="value"} up to 1.20, {@code NAME='value'} (shell-quoted) from 1.21. */
  static boolean singleQuotes(GoVersion v) {
    return v.atLeast(21);
  }

  /** Text output sorted by name (from 1.24); before, in {@link #printed} order. */
  static boolean sortedText(GoVersion v) {
    return v.atLeast(24);
  }

  /** {@code $GOROOT/go.env} is read (1.21+), and GOPROXY/GOSUMDB/GOTOOLCHAIN defaults live there. */
  static boolean gorootGoEnv(GoVersion v) {
    return v.atLeast(21);
  }

  /** With no C compiler found, CGO_ENABLED defaults to 0 (1.20+). */
  static boolean cgoNeedsCompiler(GoVersion v) {
    return v.atLeast(20);
  }

  /** GO111MODULE unset means on (1.16+). */
  static boolean modulesDefaultOn(GoVersion v) {
    return v.atLeast(16);
  }

  /** The GOARCH-specific variable and its default. */
  static String[] archVar(GoVersion v, String goarch) {
    return switch (goarch) {
      case "arm" -> new String[] {"GOARM", v.atLeast(22) ? "7" : "5"};
      case "386" -> new String[] {"GO386", "sse2"};
      case "amd64" -> v.atLeast(18) ? new String[] {"GOAMD64", "v1"} : new String[] {"", ""};
      case "arm64" -> v.atLeast(23) ? new String[] {"GOARM64", "v8.0"} : new String[] {"", ""};
      case "riscv64" -> v.atLeast(23) ? new String[] {"GORISCV64", "rva20u64"} : new String[] {"", ""};
      case "mips", "mipsle" -> new String[] {"GOMIPS", "hardfloat"};
      case "mips64", "mips64le" -> new String[] {"GOMIPS64", "hardfloat"};
      case "ppc64", "ppc64le" -> new String[] {"GOPPC64", "power8"};
      case "wasm" -> new String[] {"GOWASM", ""};
      default -> new String[] {"", ""};
    };
  }

  /** Variables the go command reads from the go env file (its KnownEnv list) for this version. */
  static boolean known(GoVersion v, String name) {
    return switch (name) {
      case "AR", "CC", "CGO_CFLAGS", "CGO_CFLAGS_ALLOW", "CGO_CFLAGS_DISALLOW", "CGO_CPPFLAGS",
          "CGO_CPPFLAGS_ALLOW", "CGO_CPPFLAGS_DISALLOW", "CGO_CXXFLAGS", "CGO_CXXFLAGS_ALLOW",
          "CGO_CXXFLAGS_DISALLOW", "CGO_ENABLED", "CGO_FFLAGS", "CGO_FFLAGS_ALLOW", "CGO_FFLAGS_DISALLOW",
          "CGO_LDFLAGS", "CGO_LDFLAGS_ALLOW", "CGO_LDFLAGS_DISALLOW", "CXX", "FC", "GCCGO", "GO111MODULE",
          "GO386", "GOARCH", "GOARM", "GOBIN", "GOCACHE", "GOENV", "GOEXE", "GOFLAGS", "GOGCCFLAGS",
          "GOHOSTARCH", "GOHOSTOS", "GOINSECURE", "GOMIPS", "GOMIPS64", "GOMODCACHE", "GONOPROXY", "GONOSUMDB",
          "GOOS", "GOPATH", "GOPPC64", "GOPRIVATE", "GOPROXY", "GOROOT", "GOSUMDB", "GOTMPDIR", "GOTOOLDIR",
          "GOVCS", "GOWASM", "GO_EXTLINK_ENABLED", "PKG_CONFIG" -> true;
      case "GOAMD64", "GOEXPERIMENT", "GOWORK" -> v.atLeast(18);
      case "GOTOOLCHAIN" -> v.atLeast(21);
      case "GOARM64", "GORISCV64" -> v.atLeast(23);
      case "GOAUTH", "GOFIPS140" -> v.atLeast(24);
      default -> false;
    };
  }
}
