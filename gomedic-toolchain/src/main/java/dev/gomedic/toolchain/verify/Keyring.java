package dev.gomedic.toolchain.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;

/**
 * OpenPGP public keys read from exported key files ({@code gpg --export [--armor]}): one file, or every
 * {@code *.asc}, {@code *.gpg}, {@code *.pgp}, {@code *.key} and {@code *.pub} file of a directory. gpg's own
 * {@code pubring.kbx} keybox format is not read: export the keys first.
 */
public final class Keyring {
  /** Largest key file read. */
  public static final int MAX_KEY_FILE_BYTES = 8 << 20;

  private final List<PGPPublicKeyRing> rings;
  private final boolean embedded;

  private Keyring(List<PGPPublicKeyRing> rings) {
    this(rings, false);
  }

  private Keyring(List<PGPPublicKeyRing> rings, boolean embedded) {
    this.rings = List.copyOf(rings);
    this.embedded = embedded;
  }

  /** Whether this is gomedic's embedded copy of {@link #google Google's key} (frozen, so judged at signing time). */
  public boolean embedded() {
    return embedded;
  }

  /** Reads the keys of one file, armored or binary, possibly several armored blocks one after another. */
  public static Keyring readFile(Path file) throws IOException {
    if (Files.size(file) > MAX_KEY_FILE_BYTES) {
      throw new IOException(file + ": key file too large");
    }
    return new Keyring(parse(Files.readAllBytes(file), file.toString()));
  }

  /** Reads the keys of several files. */
  public static Keyring readFiles(List<Path> files) throws IOException {
    List<PGPPublicKeyRing> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(readFile(f).rings);
    }
    return new Keyring(all);
  }

  /** Reads every key file of a directory (not recursive). */
  public static Keyring readDirectory(Path dir) throws IOException {
    List<PGPPublicKeyRing> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String n = f.getFileName().toString();
        if (Files.isRegularFile(f) && n.matches(".*\\.(asc|gpg|pgp|key|pub)")) {
          all.addAll(readFile(f).rings);
        }
      }
    }
    if (all.isEmpty()) {
      throw new IOException(dir + ": no key files (*.asc, *.gpg, *.pgp, *.key, *.pub)");
    }
    return new Keyring(all);
  }

  /**
   * The fingerprint of Google's Linux package signing key, which signs the Go release files ({@code .asc} beside
   * each archive on dl.google.com): "Google Inc. (Linux Packages Signing Authority)
   * &lt;linux-packages-keymaster@google.com&gt;", RSA 4096, created 2016-04-12.
   */
  public static final String GOOGLE_FINGERPRINT = "EB4C1BFD4F042F6DDDCCEC917721F63BD38B4796";

  private static final String GOOGLE_RESOURCE = "google-linux-packages.asc";

  /**
   * Google's Linux package signing key, embedded in gomedic: only the certificate with {@link
   * #GOOGLE_FINGERPRINT}, with the signing subkeys the embedded copy carries (created 2016-04, 2017-01, 2019-07
   * and 2021-10; the last one expired 2024-10-25).
   *
   * <p>Where it comes from: the resource {@code google-linux-packages.asc} is, byte for byte, the file
   * {@code debian/upstream/signing-key.asc} of Debian 12's source package golang-1.19 1.19.8-2
   * ({@code golang-1.19_1.19.8-2.debian.tar.xz}, SHA-256
   * e96eb06d51b99484bf53114eceb42ad04a7d1288426e8723459566fa0aa66e38), the key Debian's uscan checks upstream
   * tarballs with. That file also holds Google's old DSA-1024 key from 2007, which is left out here. Release
   * files signed with a subkey Google made after this copy are reported as signed by an unknown key.
   */
  public static Keyring google() {
    try (InputStream in = Keyring.class.getResourceAsStream(GOOGLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(GOOGLE_RESOURCE + ": missing from the gomedic jar");
      }
      List<PGPPublicKeyRing> rings = parse(in.readAllBytes(), GOOGLE_RESOURCE).stream()
          .filter(r -> java.util.HexFormat.of().withUpperCase().formatHex(r.getPublicKey().getFingerprint())
              .equals(GOOGLE_FINGERPRINT))
          .toList();
      if (rings.size() != 1) {
        throw new IllegalStateException(GOOGLE_RESOURCE + ": want exactly one key " + GOOGLE_FINGERPRINT);
      }
      return new Keyring(rings, true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads keys from bytes. */
  public static Keyring parse(byte[] data) throws IOException {
    return new Keyring(parse(data, "key data"));
  }

  private static List<PGPPublicKeyRing> parse(byte[] data, String name) throws IOException {
    List<PGPPublicKeyRing> out = new ArrayList<>();
    try (InputStream raw = new ByteArrayInputStream(data)) {
      InputStream in = PGPUtil.getDecoderStream(raw);
      if (in instanceof ArmoredInputStream armored) {
        // Several armored blocks in one file: read each in turn.
        while (true) {
          readObjects(armored, out, name);
          if (armored.isEndOfStream()) {
            break;
          }
          ArmoredInputStream next = new ArmoredInputStream(raw);
          if (next.isEndOfStream()) {
            break;
          }
          armored = next;
        }
      } else {
        readObjects(in, out, name);
      }
    } catch (RuntimeException e) {
      throw new IOException(name + ": not an OpenPGP key file: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IOException(name + ": no OpenPGP public keys");
    }
    return out;
  }

  private static void readObjects(InputStream in, List<PGPPublicKeyRing> out, String name) throws IOException {
    JcaPGPObjectFactory f = new JcaPGPObjectFactory(in);
    Object o;
    while ((o = nextObject(f, name)) != null) {
      if (o instanceof PGPPublicKeyRing ring) {
        out.add(ring);
      } else if (o instanceof PGPSecretKeyRing secret) {
        List<PGPPublicKey> keys = new ArrayList<>();
        secret.getPublicKeys().forEachRemaining(keys::add);
        out.add(new PGPPublicKeyRing(keys));
      }
    }
  }

  private static Object nextObject(JcaPGPObjectFactory f, String name) throws IOException {
    try {
      return f.nextObject();
    } catch (IOException e) {
      throw new IOException(name + ": not an OpenPGP key file: " + e.getMessage(), e);
    }
  }

  /** The key (primary or subkey) with this 64-bit key ID, with the ring it belongs to. */
  Optional<Found> find(long keyId) {
    for (PGPPublicKeyRing ring : rings) {
      PGPPublicKey k = ring.getPublicKey(keyId);
      if (k != null) {
        return Optional.of(new Found(ring, k));
      }
    }
    return Optional.empty();
  }

  /** How many certificates (primary keys with their subkeys) this keyring holds. */
  public int size() {
    return rings.size();
  }

  /** The user IDs of the primary key of a ring, first one first. */
  static String firstUserId(PGPPublicKeyRing ring) {
    Iterator<String> ids = ring.getPublicKey().getUserIDs();
    return ids.hasNext() ? ids.next() : "";
  }

  /** A key found in the keyring. */
  record Found(PGPPublicKeyRing ring, PGPPublicKey key) {}
}
