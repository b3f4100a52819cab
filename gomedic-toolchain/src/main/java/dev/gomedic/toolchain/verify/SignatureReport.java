package dev.gomedic.toolchain.verify;

import java.time.Instant;
import java.util.Optional;

/**
 * What checking one detached signature found: the signer as far as it is known, and the verdict.
 *
 * @param status the verdict; only {@link Status#GOOD} passes
 * @param keyId the issuer key ID as 16 upper-case hex digits, or "" when the signature could not be read
 * @param fingerprint the signing key's fingerprint in upper-case hex, or "" when the key is unknown
 * @param algorithm the signing key's algorithm ("RSA", "EDDSA", ...), or ""
 * @param userId the primary key's first user ID, or "" when unknown
 * @param signedAt the signature creation time, when the signature could be read
 * @param detail a short explanation for a failure; for a good signature "" or a note (a key that expired after
 *     signing, under {@link PgpVerifier.KeyValidity#AT_SIGNING})
 */
public record SignatureReport(
    Status status,
    String keyId,
    String fingerprint,
    String algorithm,
    String userId,
    Optional<Instant> signedAt,
    String detail) {

  /** The verdicts, mirroring gpg's GOODSIG, BADSIG, NO_PUBKEY, EXPKEYSIG and REVKEYSIG. */
  public enum Status {
    GOOD,
    BAD_SIGNATURE,
    UNKNOWN_KEY,
    EXPIRED_KEY,
    REVOKED_KEY,
    MALFORMED
  }

  public boolean passed() {
    return status == Status.GOOD;
  }
}
