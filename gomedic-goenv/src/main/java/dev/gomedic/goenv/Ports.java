package dev.gomedic.goenv;

import java.util.Map;
import java.util.Set;

/**
 * The GOOS/GOARCH pairs the gc toolchain builds for ({@code go tool dist list}), by Go release: the go command
 * stops with {@code go: unsupported GOOS/GOARCH pair linux/arm64x} (exit 2) before building, and {@code go env}
 * does the same whenever it computes the C toolchain's values (with no arguments, or when asked for CGO_CFLAGS
 * and the like).
 *
 * <p>Example: {@code Ports.supported("wasip1", "wasm", go1.20)} is false, with go1.21 true.
 */
public final class Ports {
  private Ports() {}

  /** go tool dist list of Go 1.19. */
  private static final Set<String> GO_1_19 = Set.of("aix/ppc64", "android/386", "android/amd64", "android/arm",
      "android/arm64", "darwin/amd64", "darwin/arm64", "dragonfly/amd64", "freebsd/386", "freebsd/amd64",
      "freebsd/arm", "freebsd/arm64", "illumos/amd64", "ios/amd64", "ios/arm64", "js/wasm", "linux/386",
      "linux/amd64", "linux/arm", "linux/arm64", "linux/loong64", "linux/mips", "linux/mips64", "linux/mips64le",
      "linux/mipsle", "linux/ppc64", "linux/ppc64le", "linux/riscv64", "linux/s390x", "netbsd/386",
      "netbsd/amd64", "netbsd/arm", "netbsd/arm64", "openbsd/386", "openbsd/amd64", "openbsd/arm",
      "openbsd/arm64", "openbsd/mips64", "plan9/386", "plan9/amd64", "plan9/arm", "solaris/amd64", "windows/386",
      "windows/amd64", "windows/arm", "windows/arm64");

  /** The ports added since, with the minor release that added each. */
  private static final Map<String, Integer> ADDED = Map.of("freebsd/riscv64", 20, "wasip1/wasm", 21,
      "openbsd/ppc64", 22, "openbsd/riscv64", 23);

  /** Whether Go release {@code v} builds for {@code goos/goarch}; with no version, whether any release does. */
  public static boolean supported(String goos, String goarch, GoVersion v) {
    String pair = goos + "/" + goarch;
    if (GO_1_19.contains(pair)) {
      return true;
    }
    Integer since = ADDED.get(pair);
    return since != null && (v == null || v.atLeast(since));
  }
}
