package dev.gomedic.cli.toolchain;

import dev.gomedic.cli.CliContext;
import dev.gomedic.toolchain.catalog.Catalog;
import dev.gomedic.toolchain.catalog.ReleaseFile;
import dev.gomedic.toolchain.verify.Keyring;
import dev.gomedic.toolchain.verify.PgpVerifier;
import dev.gomedic.toolchain.verify.Sha256;
import dev.gomedic.toolchain.verify.Sha256Sums;
import dev.gomedic.toolchain.verify.SignatureReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import dev.gomedic.cli.UserFiles;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic verify}: the manual checks on a downloaded file (shasum -c, gpg --verify) in one command. */
public final class VerifyCommand {
  private final CliContext context;
  private final String file;
  private final String sha256;
  private final String sig;
  private final List<String> keys;
  private final String keyring;
  private final boolean goRelease;

  private VerifyCommand(CliContext context, Parsed p) {
    this.context = context;
    this.file = p.positional(0);
    this.sha256 = p.string("--sha256");
    this.sig = p.string("--sig");
    this.keys = p.strings("--key");
    this.keyring = p.string("--keyring");
    this.goRelease = p.flag("--go-release");
  }

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("verify", p -> new VerifyCommand(context, p).run(p),
        "Checks a downloaded file: its SHA-256, an OpenPGP detached signature, and the embedded Go release catalog.",
        "Exits 0 only when every requested check passes.");
    spec.addPositional(Specs.positional("0", "1", "FILE", "The file to check."));
    spec.addOption(Specs.option("HEX|SUMFILE",
        "The expected SHA-256: 64 hex digits, or a file in shasum/sha256sum format.", "--sha256"));
    spec.addOption(Specs.option("FILE.asc", "An OpenPGP detached signature (armored or binary).", "--sig"));
    spec.addOption(Specs.listOption("KEY.asc", "A public key file (gpg --export [--armor]); default: the embedded Google key.", "--key").build());
    spec.addOption(Specs.option("DIR", "A directory of public key files.", "--keyring"));
    spec.addOption(Specs.flag("Look the file's name up in the embedded Go release catalog.", "--go-release"));
    return spec;
  }

  private int run(Parsed p) throws IOException {
    PrintWriter out = p.out();
    PrintWriter err = p.err();
    if (sha256 == null && sig == null && !goRelease) {
      throw p.usageError("verify: nothing to check: give --sha256, --sig or --go-release");
    }
    if (sha256 != null && !Sha256.isHex(sha256) && !Files.exists(context.resolve(sha256)) && looksLikeHex(sha256)) {
      throw p.usageError("verify: --sha256 " + sha256 + ": want 64 hex digits or a checksum file");
    }
    Path path = context.resolve(file);
    UserFiles.requireRegular(path, "verify: " + file);
    if (sig != null) {
      UserFiles.requireRegular(context.resolve(sig), "verify: --sig " + sig);
    }
    for (String k : keys) {
      UserFiles.requireRegular(context.resolve(k), "verify: --key " + k);
    }
    if (keyring != null) {
      UserFiles.requireDirectory(context.resolve(keyring), "verify: --keyring " + keyring);
    }
    String name = path.getFileName().toString();
    List<String> failures = new ArrayList<>();
    String actual;
    try {
      actual = Sha256.of(path);
    } catch (IOException e) {
      throw UserFiles.error("", "verify: " + file, e);
    }
    if (sha256 != null) {
      checkSha256(name, actual, failures, out);
    }
    if (goRelease) {
      checkGoRelease(path, name, actual, failures, out);
    }
    if (sig != null) {
      checkSignature(path, failures, out);
    }
    out.flush();
    for (String f : failures) {
      err.println("gomedic: verify: " + f);
    }
    return failures.isEmpty() ? 0 : 1;
  }

  /** Something meant as a digest (hex digits only, or 40-80 characters with no path separator or dot). */
  private static boolean looksLikeHex(String s) {
    return s.chars().allMatch(c -> Character.digit(c, 16) >= 0)
        || s.length() >= 40 && s.length() <= 80 && s.indexOf('/') < 0 && s.indexOf('.') < 0;
  }

  private void checkSha256(String name, String actual, List<String> failures, PrintWriter out) {
    String want;
    String source;
    if (Sha256.isHex(sha256)) {
      want = sha256.toLowerCase(Locale.ROOT);
      source = "--sha256";
    } else {
      Path sums = context.resolve(sha256);
      try {
        dev.gomedic.host.HostFiles.requireRegular(sums);
        if (Files.size(sums) > Sha256Sums.MAX_BYTES) {
          failures.add(sha256 + ": checksum file too large");
          return;
        }
        Optional<Sha256Sums.Entry> e =
            Sha256Sums.parse(Files.readString(sums, StandardCharsets.UTF_8), sha256).lookup(name);
        if (e.isEmpty()) {
          failures.add(sha256 + ": no checksum for " + name);
          return;
        }
        want = e.get().hex();
        source = sha256 + ":" + e.get().line();
      } catch (IOException | IllegalArgumentException ex) {
        failures.add(ex instanceof IOException io ? "--sha256 " + sha256 + ": " + UserFiles.reason(io)
            + (io instanceof java.nio.file.NoSuchFileException ? " (want 64 hex digits or a checksum file)" : "")
            : ex.getMessage());
        return;
      }
    }
    if (want.equals(actual)) {
      out.println("sha256: " + name + ": OK (" + actual + ")");
    } else {
      failures.add(name + ": SHA-256 mismatch: got " + actual + ", want " + want + " (" + source + ")");
    }
  }

  private static void checkGoRelease(Path path, String name, String actual, List<String> failures,
      PrintWriter out) throws IOException {
    Optional<ReleaseFile> f = Catalog.embedded().file(name);
    if (f.isEmpty()) {
      failures.add(name + ": not a Go release file in the embedded catalog");
      return;
    }
    ReleaseFile rf = f.get();
    if (!rf.hasSha256()) {
      failures.add(name + ": the embedded catalog has no SHA-256 for this file");
      return;
    }
    long size = Files.size(path);
    if (rf.size() >= 0 && rf.size() != size) {
      failures.add(name + ": size " + size + ", want " + rf.size() + " (embedded catalog)");
      return;
    }
    if (!rf.sha256().equals(actual)) {
      failures.add(name + ": SHA-256 mismatch: got " + actual + ", want " + rf.sha256() + " (embedded catalog)");
      return;
    }
    String target = rf.os().isEmpty() ? "" : " " + rf.os() + "/" + rf.goarch();
    out.println("go-release: " + name + ": OK (" + rf.version() + target + ", " + rf.kind()
        + ", SHA-256 matches the embedded catalog)");
  }

  private void checkSignature(Path path, List<String> failures, PrintWriter out) {
    SignatureReport r;
    Keyring ring;
    try {
      ring = keyring != null ? Keyring.readDirectory(context.resolve(keyring))
          : keys.isEmpty() ? Keyring.google() : readKeys();
      Path sigPath = context.resolve(sig);
      if (Files.size(sigPath) > PgpVerifier.MAX_SIGNATURE_BYTES) {
        failures.add(sig + ": signature file too large");
        return;
      }
      byte[] sigBytes = Files.readAllBytes(sigPath);
      try (InputStream in = Files.newInputStream(path)) {
        r = new PgpVerifier(ring, Clock.systemUTC()).verify(in, sigBytes);
      }
    } catch (IOException e) {
      failures.add((e instanceof java.nio.file.FileSystemException f && f.getFile() != null
          ? context.workingDir().relativize(context.resolve(f.getFile())) + ": " : "")
          + UserFiles.reason(e));
      return;
    }
    r.signedAt().ifPresent(t -> out.println("sig: Signature made " + t.truncatedTo(ChronoUnit.SECONDS)));
    if (!r.fingerprint().isEmpty() || !r.keyId().isEmpty()) {
      out.println("sig:                using " + (r.algorithm().isEmpty() ? "" : r.algorithm() + " ") + "key "
          + (r.fingerprint().isEmpty() ? r.keyId() : r.fingerprint()));
    }
    switch (r.status()) {
      case GOOD -> out.println("sig: Good signature from \"" + r.userId() + "\""
          + (ring.embedded() ? " (gomedic's embedded key)" : "") + (r.detail().isEmpty() ? "" : "; " + r.detail()));
      case EXPIRED_KEY, REVOKED_KEY -> {
        out.println("sig: Good signature from \"" + r.userId() + "\", but " + r.detail());
        failures.add(sig + ": " + r.detail());
      }
      default -> failures.add(sig + ": " + r.detail() + (ring.embedded() && r.status()
          == SignatureReport.Status.UNKNOWN_KEY ? " (give --key for other signers)" : ""));
    }
  }

  private Keyring readKeys() throws IOException {
    return Keyring.readFiles(keys.stream().map(context::resolve).toList());
  }
}
