package dev.gomedic.goenv;

import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The C toolchain side of {@code go env}: CGO_ENABLED's default, CC/CXX defaults and GOGCCFLAGS. */
final class CgoRules {
  private CgoRules() {}

  /** go/build's table of platforms where cgo is on by default (for native builds). */
  private static final Set<String> CGO_PLATFORMS = Set.of(
      "aix/ppc64", "android/386", "android/amd64", "android/arm", "android/arm64", "darwin/amd64",
      "darwin/arm64", "dragonfly/amd64", "freebsd/386", "freebsd/amd64", "freebsd/arm", "freebsd/arm64",
      "freebsd/riscv64", "illumos/amd64", "ios/amd64", "ios/arm64", "linux/386", "linux/amd64", "linux/arm",
      "linux/arm64", "linux/loong64", "linux/mips", "linux/mips64", "linux/mips64le", "linux/mipsle",
      "linux/ppc64le", "linux/riscv64", "linux/s390x", "linux/sparc64", "netbsd/386", "netbsd/amd64",
      "netbsd/arm", "netbsd/arm64", "openbsd/386", "openbsd/amd64", "openbsd/arm", "openbsd/arm64",
      "openbsd/mips64", "solaris/amd64", "windows/386", "windows/amd64", "windows/arm64");

  static boolean defaultCgo(String goos, String goarch) {
    return CGO_PLATFORMS.contains(goos + "/" + goarch);
  }

  /**
   * The CC default baked into the toolchain by cmd/dist: clang when the toolchain was built on macOS (or
   * FreeBSD/OpenBSD), gcc otherwise, whatever GOOS is. gomedic assumes it was built on the host's OS.
   */
  static String defaultCC(GoOs buildHost) {
    return buildHost == GoOs.DARWIN ? "clang" : "gcc";
  }

  static String defaultCXX(GoOs buildHost) {
    return buildHost == GoOs.DARWIN ? "clang++" : "g++";
  }

  /**
   * GOGCCFLAGS: the C compiler command line the go command would use, minus the compiler and include flags.
   * Flags the go command probes by running the compiler are assumed supported when the compiler is found
   * (gcc- or clang-family), and unsupported when it is not.
   */
  static String gogccflags(Host host, GoVersion v, List<String> cc, String goos, String goarch, boolean cgo,
      String workDir, String gomips, String gomips64) {
    List<String> a = new ArrayList<>(cc);
    a.add("-I");
    a.add(".");
    if (!goos.equals("windows")) {
      a.add("-fPIC");
    }
    a.addAll(archArgs(goos, goarch, gomips, gomips64));
    if (cgo) {
      a.add(goos.equals("windows") ? "-mthreads" : "-pthread");
    }
    if (goos.equals("aix")) {
      a.add("-mcmodel=large");
    }
    // The go command probes each flag by running the compiler and calls it supported unless the output
    // complains; a compiler that cannot run prints nothing, so every probe "succeeds".
    boolean found = !cc.isEmpty() && host.hasCommand(cc.get(0));
    boolean clang = !found || cc.get(0).contains("clang");
    if (clang) {
      a.add("-fno-caret-diagnostics");
      a.add("-Qunused-arguments");
    }
    if (!found || !(clang && host.os() == GoOs.DARWIN)) {
      a.add("-Wl,--no-gc-sections");
    }
    a.add("-fmessage-length=0");
    {
      a.add((v.atLeast(21) ? "-ffile-prefix-map=" : "-fdebug-prefix-map=") + workDir + "=/tmp/go-build");
      a.add("-gno-record-gcc-switches");
    }
    if (goos.equals("darwin") || goos.equals("ios")) {
      a.add("-fno-common");
    }
    return Quoted.join(a.size() > 3 ? a.subList(3, a.size()) : List.of());
  }

  private static List<String> archArgs(String goos, String goarch, String gomips, String gomips64) {
    return switch (goarch) {
      case "386" -> List.of("-m32");
      case "amd64" -> goos.equals("darwin") ? List.of("-arch", "x86_64", "-m64") : List.of("-m64");
      case "arm64" -> goos.equals("darwin") ? List.of("-arch", "arm64") : List.of();
      case "arm" -> List.of("-marm");
      case "s390x" -> List.of("-m64", "-march=z196");
      case "mips64", "mips64le" -> gomips64.equals("hardfloat") ? List.of("-mabi=64", "-mhard-float")
          : gomips64.equals("softfloat") ? List.of("-mabi=64", "-msoft-float") : List.of();
      case "mips", "mipsle" -> gomips.equals("hardfloat")
          ? List.of("-mabi=32", "-march=mips32", "-mhard-float", "-mfp32", "-mno-odd-spreg")
          : gomips.equals("softfloat") ? List.of("-mabi=32", "-march=mips32", "-msoft-float") : List.of();
      case "ppc64" -> goos.equals("aix") ? List.of("-maix64") : List.of();
      default -> List.of();
    };
  }
}
