package dev.gomedic.toolchain.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.release.Fixtures;
import dev.gomedic.toolchain.catalog.Catalog;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded Google key against the real go1.19.8.src.tar.gz and the .asc Google published for it (both from
 * Debian's golang-1.19 source package, see {@link Fixtures#go1198Source}).
 */
class GoogleKeyTest {
  static final String SUBKEY_ID = "4EB27DB2A3B88B8B";
  static final String SUBKEY_FPR = "8461EFA0E74ABAE010DE66994EB27DB2A3B88B8B";
  static final String UID = "Google Inc. (Linux Packages Signing Authority) <linux-packages-keymaster@google.com>";
  static final Instant SIGNED = Instant.parse("2023-03-30T00:16:03Z");
  static final Instant SUBKEY_EXPIRES = Instant.parse("2024-10-25T14:11:43Z");

  static Fixtures.GoSource src;

  @BeforeAll
  static void fixture() throws IOException {
    src = Fixtures.go1198Source();
  }

  static SignatureReport verify(Keyring keys, Instant now, PgpVerifier.KeyValidity v, InputStream data)
      throws IOException {
    try (data) {
      return new PgpVerifier(keys, Clock.fixed(now, ZoneOffset.UTC), v).verify(data,
          Files.readAllBytes(src.signature()));
    }
  }

  @Test
  void embeddedKeyIsGooglesRsaKeyOnly() {
    Keyring k = Keyring.google();
    assertThat(k.size()).withFailMessage("certificates: got %d, want 1 (the DSA key of 2007 left out)", k.size())
        .isEqualTo(1);
    assertThat(k.embedded()).isTrue();
  }

  @Test
  void realReleaseSignatureVerifies() throws Exception {
    SignatureReport r = new PgpVerifier(Keyring.google(), Clock.systemUTC())
        .verify(Files.newInputStream(src.tarball()), Files.readAllBytes(src.signature()));
    assertThat(r.status()).withFailMessage("got %s (%s), want GOOD", r.status(), r.detail())
        .isEqualTo(SignatureReport.Status.GOOD);
    assertThat(r.keyId()).isEqualTo(SUBKEY_ID);
    assertThat(r.fingerprint()).isEqualTo(SUBKEY_FPR);
    assertThat(r.userId()).isEqualTo(UID);
    assertThat(r.signedAt()).hasValue(SIGNED);
    assertThat(r.detail()).isEqualTo("key " + SUBKEY_ID + " expired at " + SUBKEY_EXPIRES + ", after this signature"
        + " was made");
  }

  @Test
  void releaseChecksumMatchesTheEmbeddedCatalog() throws Exception {
    String want = Catalog.embedded().file("go1.19.8.src.tar.gz").orElseThrow().sha256();
    String got = Sha256.of(src.tarball());
    assertThat(got).withFailMessage("got %s, want %s", got, want).isEqualTo(want);
  }

  @Test
  void validityWindowIsHonoured() throws Exception {
    Keyring g = Keyring.google();
    // Judged now (as for a user's key, and as gpg's EXPKEYSIG): the subkey has expired.
    assertThat(verify(g, Instant.parse("2026-01-01T00:00:00Z"), PgpVerifier.KeyValidity.NOW,
        Files.newInputStream(src.tarball())).status()).isEqualTo(SignatureReport.Status.EXPIRED_KEY);
    // Judged now, before the expiry: good, without a note.
    SignatureReport then = verify(g, Instant.parse("2024-01-01T00:00:00Z"), PgpVerifier.KeyValidity.NOW,
        Files.newInputStream(src.tarball()));
    assertThat(then.status()).isEqualTo(SignatureReport.Status.GOOD);
    assertThat(then.detail()).isEmpty();
    // A clock before the signature's date: refused as dated in the future.
    SignatureReport early = verify(g, Instant.parse("2023-03-01T00:00:00Z"), PgpVerifier.KeyValidity.AT_SIGNING,
        Files.newInputStream(src.tarball()));
    assertThat(early.status()).isEqualTo(SignatureReport.Status.MALFORMED);
    assertThat(early.detail()).contains("dated in the future");
    // Judged at signing: still good just after the subkey expired, since it signed before.
    assertThat(verify(g, SUBKEY_EXPIRES.plusSeconds(1), PgpVerifier.KeyValidity.AT_SIGNING,
        Files.newInputStream(src.tarball())).status()).isEqualTo(SignatureReport.Status.GOOD);
  }

  @Test
  void oneFlippedByteIsABadSignature() throws Exception {
    InputStream flipped = new FilterInputStream(Files.newInputStream(src.tarball())) {
      long pos;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0 && pos <= 1_000_000 && pos + n > 1_000_000) {
          b[off + (int) (1_000_000 - pos)] ^= 1;
        }
        pos += Math.max(n, 0);
        return n;
      }
    };
    SignatureReport r = verify(Keyring.google(), Instant.now(), PgpVerifier.KeyValidity.AT_SIGNING, flipped);
    assertThat(r.status()).withFailMessage("got %s, want BAD_SIGNATURE", r.status())
        .isEqualTo(SignatureReport.Status.BAD_SIGNATURE);
  }

  /** gpg agrees: with the same key file, the signature is good and the key has expired since (EXPKEYSIG). */
  @Test
  void gpgAgrees(@TempDir Path dir) throws Exception {
    Gpg.require();
    Path key = dir.resolve("google.asc");
    try (InputStream in = Keyring.class.getResourceAsStream("google-linux-packages.asc")) {
      Files.write(key, in.readAllBytes());
    }
    String verdict = Gpg.verdict(dir.resolve("gnupg"), key, src.tarball(), src.signature());
    assertThat(verdict).withFailMessage("gpg: got %s, want EXPKEYSIG", verdict).isEqualTo("EXPKEYSIG");
  }
}
