package dev.gomedic.cli.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.Gomedic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  @TempDir Path dir;
  Path file;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void setUp() throws Exception {
    file = dir.resolve("go1.19.8.linux-amd64.tar.gz");
    Files.write(file, "not really go\n".getBytes());
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Gomedic.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        new CliContext(Map.of(), dir, false));
    return new Result(code, out.toString(), err.toString());
  }

  String tool(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s: %s", List.of(cmd), out).isZero();
    return out;
  }

  @Test
  void sha256FromSha256sumAndShasum() throws Exception {
    Files.writeString(dir.resolve("a.sha256"), tool("sha256sum", file.getFileName().toString()));
    Files.writeString(dir.resolve("b.sha256"), tool("shasum", "-a", "256", "-b", file.getFileName().toString()));
    for (String sums : new String[] {"a.sha256", "b.sha256"}) {
      Result r = run("verify", file.getFileName().toString(), "--sha256", sums);
      assertThat(r.code()).as("exit code with %s; err %s", sums, r.err()).isZero();
      assertThat(r.out()).startsWith("sha256: go1.19.8.linux-amd64.tar.gz: OK (");
    }
  }

  @Test
  void sha256MismatchFails() {
    Result r = run("verify", file.toString(), "--sha256", "00".repeat(32));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("gomedic: verify: go1.19.8.linux-amd64.tar.gz: SHA-256 mismatch: got ")
        .endsWith(", want " + "00".repeat(32) + " (--sha256)\n");
  }

  @Test
  void goReleaseChecksTheEmbeddedCatalog() throws Exception {
    Result r = run("verify", file.toString(), "--go-release");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("gomedic: verify: go1.19.8.linux-amd64.tar.gz: size 14, want 149052534"
        + " (embedded catalog)\n");
    Result unknown = run("verify", "--go-release", write("hello.txt").toString());
    assertThat(unknown.err()).isEqualTo("gomedic: verify: hello.txt: not a Go release file in the embedded catalog\n");
  }

  @Test
  void nothingToCheckIsUsage() {
    Result r = run("verify", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("gomedic: verify: nothing to check");
  }

  @Test
  void signatureWithRealGpg() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/gpg")) || "true".equals(System.getenv("CI")));
    Path home = Files.createTempDirectory("gmcli");
    try {
      gpg(home, "--quick-gen-key", "Go Signer <go@example.com>", "ed25519", "sign", "never");
      gpg(home, "--armor", "--detach-sign", "-o", dir.resolve("f.asc").toString(), file.toString());
      gpg(home, "--armor", "--export", "-o", dir.resolve("key.asc").toString());
      Result good = run("verify", file.toString(), "--sig", "f.asc", "--key", "key.asc", "--sha256",
          dev.gomedic.toolchain.verify.Sha256.of(file));
      assertThat(good.code()).as("err: %s", good.err()).isZero();
      assertThat(good.out()).contains("sig: Good signature from \"Go Signer <go@example.com>\"")
          .contains("using EDDSA key ");
      // Without --key only the embedded Google key is tried: this signer is unknown to it.
      Result noKey = run("verify", file.toString(), "--sig", "f.asc");
      assertThat(noKey.code()).isEqualTo(1);
      assertThat(noKey.err()).matches("gomedic: verify: f\\.asc: no public key [0-9A-F]{16} in gomedic's embedded"
          + " Google key \\(give --key for other signers\\)\n");
      Files.write(file, "tampered\n".getBytes());
      Result bad = run("verify", file.toString(), "--sig", "f.asc", "--key", "key.asc");
      assertThat(bad.code()).isEqualTo(1);
      assertThat(bad.err()).isEqualTo("gomedic: verify: f.asc: BAD signature from \"Go Signer <go@example.com>\"\n");
    } finally {
      new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "all").start().waitFor();
      try (var walk = Files.walk(home)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private Path write(String name) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, "hello\n");
    return p;
  }

  private static void gpg(Path home, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
        "--pinentry-mode", "loopback", "--passphrase", ""));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("gpg %s: %s", List.of(args), out).isZero();
  }

  /**
   * The real go1.19.8.src.tar.gz and Google's .asc for it, verified with no --key: gomedic's embedded Google key,
   * and the checksum looked up in the embedded catalog.
   */
  @Test
  void realGoReleaseWithTheEmbeddedKey() throws Exception {
    var src = dev.gomedic.testkit.release.Fixtures.go1198Source();
    Path tarball = dir.resolve("go1.19.8.src.tar.gz");
    Files.createSymbolicLink(tarball, src.tarball());
    Files.copy(src.signature(), dir.resolve("go1.19.8.src.tar.gz.asc"));
    Result r = run("verify", "go1.19.8.src.tar.gz", "--go-release", "--sig", "go1.19.8.src.tar.gz.asc");
    assertThat(r.code()).as("exit code; err %s", r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        go-release: go1.19.8.src.tar.gz: OK (go1.19.8, source, SHA-256 matches the embedded catalog)
        sig: Signature made 2023-03-30T00:16:03Z
        sig:                using RSA key 8461EFA0E74ABAE010DE66994EB27DB2A3B88B8B
        sig: Good signature from "Google Inc. (Linux Packages Signing Authority) <linux-packages-keymaster@google.com>" \
        (gomedic's embedded key); key 4EB27DB2A3B88B8B expired at 2024-10-25T14:11:43Z, after this signature was made
        """);
    // A file the key did not sign fails, and so does a user key that does not hold the signer.
    Files.writeString(dir.resolve("other"), "x");
    Result bad = run("verify", "other", "--sig", "go1.19.8.src.tar.gz.asc");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("BAD signature from \"Google Inc.");
  }
}
