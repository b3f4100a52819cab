package dev.gomedic.toolchain.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.IssuerFingerprint;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;

/**
 * Verifies OpenPGP detached signatures against a {@link Keyring}. The BouncyCastle provider is used as an
 * instance, never registered JVM-wide.
 */
public final class PgpVerifier {
  /** Largest signature file read: a detached signature is a few hundred bytes. */
  public static final int MAX_SIGNATURE_BYTES = 1 << 20;

  /** When the signing key must be unexpired. Revoked keys fail under both. */
  public enum KeyValidity {
    /**
     * Now, as gpg's status (EXPKEYSIG) judges it: a signature by a key that has since expired fails. For keys the
     * user gives.
     */
    NOW,
    /**
     * When the signature was made: a signature made before the key expired passes (with a note), one dated after
     * the expiry or in the future fails. For the {@link Keyring#google embedded Google key}, whose copy is frozen
     * while Google extends and rotates its signing subkeys: a release signed in 2023 stays authentic after the
     * subkey that signed it retired. The cost: whoever got hold of a retired subkey's secret could backdate a
     * signature, so this is never used for a key the user gives.
     */
    AT_SIGNING
  }

  /** How far in the future a signature's creation time may lie (clock skew) before it is refused. */
  private static final java.time.Duration SKEW = java.time.Duration.ofDays(1);

  private final Keyring keys;
  private final Clock clock;
  private final KeyValidity validity;
  private final BouncyCastleProvider provider = new BouncyCastleProvider();

  /** Judges key validity {@link KeyValidity#AT_SIGNING at signing} for the embedded Google key, else {@link KeyValidity#NOW now}. */
  public PgpVerifier(Keyring keys, Clock clock) {
    this(keys, clock, keys.embedded() ? KeyValidity.AT_SIGNING : KeyValidity.NOW);
  }

  public PgpVerifier(Keyring keys, Clock clock, KeyValidity validity) {
    this.keys = keys;
    this.clock = clock;
    this.validity = validity;
  }

  /**
   * Checks {@code signature} (armored or binary) over the bytes {@code data} yields.
   *
   * @throws IOException only when reading {@code data} fails; every problem with the signature or the key is
   *     a {@link SignatureReport} that did not pass
   */
  public SignatureReport verify(InputStream data, byte[] signature) throws IOException {
    PGPSignature sig;
    try {
      sig = readSignature(signature);
    } catch (IOException | RuntimeException | PGPException e) {
      return failure(SignatureReport.Status.MALFORMED, "", "not an OpenPGP signature: " + e.getMessage());
    }
    if (sig == null) {
      return failure(SignatureReport.Status.MALFORMED, "", "not an OpenPGP detached signature");
    }
    String keyId = keyIdHex(sig.getKeyID());
    Optional<Instant> when = Optional.ofNullable(sig.getCreationTime()).map(java.util.Date::toInstant);
    Optional<Keyring.Found> found = keys.find(sig.getKeyID());
    if (found.isEmpty()) {
      String fpr = issuerFingerprint(sig);
      return new SignatureReport(SignatureReport.Status.UNKNOWN_KEY, keyId, fpr, algorithmName(sig.getKeyAlgorithm()),
          "", when, "no public key " + keyId + (keys.embedded() ? " in gomedic's embedded Google key"
              : " in the given keys"));
    }
    PGPPublicKey key = found.get().key();
    PGPPublicKey primary = found.get().ring().getPublicKey();
    String fpr = HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
    String alg = algorithmName(key.getAlgorithm());
    String uid = Keyring.firstUserId(found.get().ring());
    boolean good;
    try {
      sig.init(new JcaPGPContentVerifierBuilderProvider().setProvider(provider), key);
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = data.read(buf)) > 0; ) {
        sig.update(buf, 0, n);
      }
      good = sig.verify();
    } catch (PGPException | RuntimeException e) {
      return new SignatureReport(SignatureReport.Status.MALFORMED, keyId, fpr, alg, uid, when,
          "cannot check signature: " + e.getMessage());
    }
    if (!good) {
      return new SignatureReport(SignatureReport.Status.BAD_SIGNATURE, keyId, fpr, alg, uid, when,
          "BAD signature from \"" + uid + "\"");
    }
    if (primary.hasRevocation() || (key != primary && key.hasRevocation())) {
      return new SignatureReport(SignatureReport.Status.REVOKED_KEY, keyId, fpr, alg, uid, when,
          "key " + keyId + " has been revoked by its owner");
    }
    Instant now = clock.instant();
    Optional<Instant> expiry = expiry(primary).or(() -> key == primary ? Optional.empty() : expiry(key));
    if (validity == KeyValidity.AT_SIGNING) {
      Instant made = when.orElse(now);
      if (made.isAfter(now.plus(SKEW))) {
        return new SignatureReport(SignatureReport.Status.MALFORMED, keyId, fpr, alg, uid, when,
            "signature is dated in the future (" + made + ")");
      }
      if (made.isBefore(key.getCreationTime().toInstant())) {
        return new SignatureReport(SignatureReport.Status.MALFORMED, keyId, fpr, alg, uid, when,
            "signature is dated before its key " + keyId + " was created");
      }
      if (expiry.isPresent() && !made.isBefore(expiry.get())) {
        return new SignatureReport(SignatureReport.Status.EXPIRED_KEY, keyId, fpr, alg, uid, when,
            "key " + keyId + " had expired at " + expiry.get() + " when the signature was made");
      }
      String note = expiry.isPresent() && !now.isBefore(expiry.get())
          ? "key " + keyId + " expired at " + expiry.get() + ", after this signature was made" : "";
      return new SignatureReport(SignatureReport.Status.GOOD, keyId, fpr, alg, uid, when, note);
    }
    if (expiry.isPresent() && !now.isBefore(expiry.get())) {
      return new SignatureReport(SignatureReport.Status.EXPIRED_KEY, keyId, fpr, alg, uid, when,
          "key " + keyId + " expired at " + expiry.get());
    }
    return new SignatureReport(SignatureReport.Status.GOOD, keyId, fpr, alg, uid, when, "");
  }

  private static Optional<Instant> expiry(PGPPublicKey k) {
    long valid = k.getValidSeconds();
    return valid <= 0 ? Optional.empty() : Optional.of(k.getCreationTime().toInstant().plusSeconds(valid));
  }

  private static PGPSignature readSignature(byte[] signature) throws IOException, PGPException {
    if (signature.length > MAX_SIGNATURE_BYTES) {
      throw new IOException("signature file too large");
    }
    InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(signature));
    JcaPGPObjectFactory f = new JcaPGPObjectFactory(in);
    Object o = f.nextObject();
    if (o instanceof PGPCompressedData c) {
      f = new JcaPGPObjectFactory(c.getDataStream());
      o = f.nextObject();
    }
    if (o instanceof PGPSignatureList list && !list.isEmpty()) {
      return list.get(0);
    }
    return null;
  }

  private static String issuerFingerprint(PGPSignature sig) {
    if (sig.getHashedSubPackets() != null) {
      IssuerFingerprint f = sig.getHashedSubPackets().getIssuerFingerprint();
      if (f != null) {
        return HexFormat.of().withUpperCase().formatHex(f.getFingerprint());
      }
    }
    return "";
  }

  static String keyIdHex(long id) {
    return String.format(Locale.ROOT, "%016X", id);
  }

  static String algorithmName(int alg) {
    return switch (alg) {
      case PublicKeyAlgorithmTags.RSA_GENERAL, PublicKeyAlgorithmTags.RSA_SIGN -> "RSA";
      case PublicKeyAlgorithmTags.DSA -> "DSA";
      case PublicKeyAlgorithmTags.ECDSA -> "ECDSA";
      case PublicKeyAlgorithmTags.EDDSA_LEGACY, PublicKeyAlgorithmTags.Ed25519 -> "EDDSA";
      case PublicKeyAlgorithmTags.Ed448 -> "ED448";
      default -> "algorithm " + alg;
    };
  }

  private static SignatureReport failure(SignatureReport.Status status, String keyId, String detail) {
    return new SignatureReport(status, keyId, "", "", "", Optional.empty(), detail);
  }

}
