/**
 * The checks a careful person runs by hand on a downloaded file, as library calls.
 *
 * <p>{@link dev.gomedic.toolchain.verify.Sha256Sums} reads the checksum files {@code shasum -a 256} and
 * {@code sha256sum} write and {@code shasum -c} accepts:
 *
 * <pre>
 * 5a86...c4e1  go1.22.5.linux-amd64.tar.gz     text mode (two spaces)
 * 5a86...c4e1 *go1.22.5.linux-amd64.tar.gz     binary mode
 * SHA256 (go1.22.5.linux-amd64.tar.gz) = 5a86...c4e1   BSD tag style (shasum --tag)
 * 5a86...c4e1                                   bare digest, as dl.google.com's .sha256 files
 * </pre>
 *
 * <p>{@link dev.gomedic.toolchain.verify.PgpVerifier} checks an OpenPGP detached signature (armored or binary)
 * against public keys read from key files, and reports the signer like {@code gpg --verify}: key ID,
 * fingerprint, user ID and signature time. Only {@link dev.gomedic.toolchain.verify.SignatureReport.Status#GOOD}
 * is a pass: a bad signature, an unknown key, an expired or a revoked key are failures.
 */
package dev.gomedic.toolchain.verify;
