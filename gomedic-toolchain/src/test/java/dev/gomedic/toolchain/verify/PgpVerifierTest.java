package dev.gomedic.toolchain.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** gomedic's verdicts on signatures made by the real gpg agree with gpg's own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgpVerifierTest {
  Path dir;
  Gpg gpg;
  String rsaFpr;
  String edFpr;
  String expFpr;
  String revFpr;
  Path file;
  Path tampered;

  @BeforeAll
  void makeKeysAndSignatures() throws Exception {
    Gpg.require();
    dir = Files.createTempDirectory("gmpgp");
    gpg = new Gpg(dir.resolve("home"));
    rsaFpr = gpg.genKey("RSA Signer <rsa@example.com>", "rsa2048", "never");
    edFpr = gpg.genKey("Ed Signer <ed@example.com>", "ed25519", "never");
    gpg.genKey("Other <other@example.com>", "ed25519", "never");
    expFpr = gpg.genKey("Expiring <exp@example.com>", "ed25519", "seconds=2");
    revFpr = gpg.genKey("Revoked <rev@example.com>", "ed25519", "never");
    file = dir.resolve("go1.19.8.linux-amd64.tar.gz");
    Files.write(file, "pretend archive\n".repeat(1000).getBytes());
    tampered = dir.resolve("tampered");
    byte[] b = Files.readAllBytes(file);
    b[100] ^= 1;
    Files.write(tampered, b);
    gpg.sign("RSA Signer <rsa@example.com>", file, dir.resolve("rsa.asc"), true);
    gpg.sign("Ed Signer <ed@example.com>", file, dir.resolve("ed.sig"), false);
    gpg.sign("Expiring <exp@example.com>", file, dir.resolve("exp.asc"), true);
    gpg.sign("Revoked <rev@example.com>", file, dir.resolve("rev.asc"), true);
    gpg.revoke(revFpr);
    gpg.export("RSA Signer <rsa@example.com>", dir.resolve("rsa.pub.asc"));
    gpg.export("Ed Signer <ed@example.com>", dir.resolve("ed.pub.asc"));
    gpg.export("Other <other@example.com>", dir.resolve("other.pub.asc"));
    gpg.export("Expiring <exp@example.com>", dir.resolve("expiring.pub.asc"));
    gpg.export("Revoked <rev@example.com>", dir.resolve("revoked.pub.asc"));
    Thread.sleep(2500); // let the expiring key expire
  }

  @AfterAll
  void stopAgent() throws Exception {
    if (gpg != null) {
      gpg.stopAgent();
    }
    if (dir != null) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("rsa armored", "rsa.pub.asc", "file", "rsa.asc", SignatureReport.Status.GOOD, "GOODSIG"),
        Arguments.of("ed25519 binary", "ed.pub.asc", "file", "ed.sig", SignatureReport.Status.GOOD, "GOODSIG"),
        Arguments.of("tampered rsa", "rsa.pub.asc", "tampered", "rsa.asc", SignatureReport.Status.BAD_SIGNATURE,
            "BADSIG"),
        Arguments.of("tampered ed25519", "ed.pub.asc", "tampered", "ed.sig",
            SignatureReport.Status.BAD_SIGNATURE, "BADSIG"),
        Arguments.of("wrong key", "other.pub.asc", "file", "rsa.asc", SignatureReport.Status.UNKNOWN_KEY,
            "ERRSIG"),
        Arguments.of("expired key", "expiring.pub.asc", "file", "exp.asc", SignatureReport.Status.EXPIRED_KEY,
            "EXPKEYSIG"),
        Arguments.of("revoked key", "revoked.pub.asc", "file", "rev.asc", SignatureReport.Status.REVOKED_KEY,
            "REVKEYSIG"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void agreesWithGpg(String name, String key, String data, String sig, SignatureReport.Status want,
      String wantGpg) throws Exception {
    Path dataFile = data.equals("file") ? file : tampered;
    String gpgSays = Gpg.verdict(dir.resolve("v-" + name.replace(' ', '-')), dir.resolve(key), dataFile,
        dir.resolve(sig));
    assertThat(gpgSays).as("gpg's verdict (got %s, want %s)", gpgSays, wantGpg).isEqualTo(wantGpg);

    SignatureReport r = verify(dir.resolve(key), dataFile, dir.resolve(sig));
    assertThat(r.status()).as("got %s (%s), want %s", r.status(), r.detail(), want).isEqualTo(want);
    assertThat(r.passed()).isEqualTo(want == SignatureReport.Status.GOOD);
  }

  @Test
  void reportsSignerLikeGpg() throws Exception {
    SignatureReport r = verify(dir.resolve("rsa.pub.asc"), file, dir.resolve("rsa.asc"));
    assertThat(r.fingerprint()).as("fingerprint").isEqualTo(rsaFpr);
    assertThat(r.keyId()).as("key id").isEqualTo(rsaFpr.substring(24));
    assertThat(r.userId()).isEqualTo("RSA Signer <rsa@example.com>");
    assertThat(r.algorithm()).isEqualTo("RSA");
    assertThat(r.signedAt()).isPresent();
    SignatureReport ed = verify(dir.resolve("ed.pub.asc"), file, dir.resolve("ed.sig"));
    assertThat(ed.fingerprint()).isEqualTo(edFpr);
    assertThat(ed.algorithm()).isEqualTo("EDDSA");
  }

  @Test
  void keyringDirectoryFindsTheSigner() throws Exception {
    Path ring = dir.resolve("ring");
    Files.createDirectories(ring);
    Files.copy(dir.resolve("other.pub.asc"), ring.resolve("other.asc"));
    Files.copy(dir.resolve("ed.pub.asc"), ring.resolve("ed.asc"));
    Keyring keys = Keyring.readDirectory(ring);
    assertThat(keys.size()).isEqualTo(2);
    try (InputStream in = Files.newInputStream(file)) {
      SignatureReport r = new PgpVerifier(keys, Clock.systemUTC()).verify(in, Files.readAllBytes(dir.resolve("ed.sig")));
      assertThat(r.status()).isEqualTo(SignatureReport.Status.GOOD);
    }
  }

  @Test
  void garbageSignatureIsMalformed() throws Exception {
    Keyring keys = Keyring.readFile(dir.resolve("rsa.pub.asc"));
    for (byte[] junk : new byte[][] {new byte[0], "hello".getBytes(), new byte[] {(byte) 0x89, 1, 2},
        Files.readAllBytes(dir.resolve("rsa.pub.asc"))}) {
      SignatureReport r = new PgpVerifier(keys, Clock.systemUTC()).verify(new ByteArrayInputStream(new byte[1]), junk);
      assertThat(r.status()).as("junk of %d bytes", junk.length).isEqualTo(SignatureReport.Status.MALFORMED);
    }
  }

  private static SignatureReport verify(Path key, Path data, Path sig) throws Exception {
    try (InputStream in = Files.newInputStream(data)) {
      return new PgpVerifier(Keyring.readFile(key), Clock.systemUTC()).verify(in, Files.readAllBytes(sig));
    }
  }
}
