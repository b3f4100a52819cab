package dev.gomedic.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The ground truth installed from Debian's packages: the real go 1.19 command, its source tree with the go
 * command's script tests, and golang.org/x/mod's sources and testdata.
 *
 * <p>A test that needs one of them calls the matching {@code require…} method. When it is missing the test is
 * skipped with the reason and the package to install; under CI ({@code CI=true}) nothing may skip, so it fails.
 */
public final class Oracle {
  /** Where {@code apt-get install golang-1.19-go golang-1.19-src} puts Go 1.19. */
  public static final Path GOROOT_119 = Path.of("/usr/lib/go-1.19");

  /** Where {@code apt-get install golang-golang-x-mod-dev} puts x/mod. */
  public static final Path XMOD = Path.of("/usr/share/gocode/src/golang.org/x/mod");

  /** Where Debian's golang-*-dev packages put Go sources. */
  public static final Path GOCODE = Path.of("/usr/share/gocode/src");

  private Oracle() {}

  /** The real go 1.19 binary. */
  public static Path requireGo() {
    Path go = GOROOT_119.resolve("bin/go");
    need(Files.isExecutable(go), "the real go 1.19 (" + go + ")", "golang-1.19-go");
    return go;
  }

  /** Go 1.19's source tree (for cmd/go's script tests and the standard library's go.mod files). */
  public static Path requireGoSource() {
    Path script = GOROOT_119.resolve("src/cmd/go/testdata/script");
    need(Files.isDirectory(script), "Go 1.19's sources (" + script + ")", "golang-1.19-src");
    return GOROOT_119.resolve("src");
  }

  /** x/mod's sources and testdata. */
  public static Path requireXMod() {
    need(Files.isDirectory(XMOD.resolve("modfile/testdata")), "x/mod's testdata (" + XMOD + ")",
        "golang-golang-x-mod-dev");
    return XMOD;
  }

  /** True when running under CI, where a missing oracle is a failure, not a skip. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static void need(boolean present, String what, String debianPackage) {
    String reason = what + " is missing: install it with 'apt-get install " + debianPackage
        + "' (.ci/run does)";
    if (inCi()) {
      Assertions.assertTrue(present, reason);
    } else {
      Assumptions.assumeTrue(present, reason);
    }
  }
}
