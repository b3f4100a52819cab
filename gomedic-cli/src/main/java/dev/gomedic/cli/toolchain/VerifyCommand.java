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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gomedic verify}: the manual checks on a downloaded file (shasum -c, gpg --verify) in one command. */
@Command(
    name = "verify",
    description = {
      "Checks a downloaded file: its SHA-256, an OpenPGP detached signature, and the embedded Go release catalog.",
      "Exits 0 only when every requested check passes."
    })
public final class VerifyCommand implements Callable<Integer> {
  private final CliContext context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to check.")
  String file;

  @Option(names = "--sha256", paramLabel = "HEX|SUMFILE",
      description = "The expected SHA-256: 64 hex digits, or a file in shasum/sha256sum format.")
  String sha256;

  @Option(names = "--sig", paramLabel = "FILE.asc", description = "An OpenPGP detached signature (armored or binary).")
  String sig;

  @Option(names = "--key", paramLabel = "KEY.asc",
      description = "A public key file (gpg --export [--armor]); default: the embedded Google key.")
  List<String> keys = new ArrayList<>();

  @Option(names = "--keyring", paramLabel = "DIR", description = "A directory of public key files.")
  String keyring;

  @Option(names = "--go-release", description = "Look the file's name up in the embedded Go release catalog.")
  boolean goRelease;

  public VerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sha256 == null && sig == null && !goRelease) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "verify: nothing to check: give --sha256, --sig or --go-release");
    }
    Path path = context.resolve(file);
    if (!Files.isRegularFile(path)) {
      err.println("gomedic: verify: " + file + ": no such file");
      return 1;
    }
    String name = path.getFileName().toString();
    List<String> failures = new ArrayList<>();
    String actual = Sha256.of(path);
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

  private void checkSha256(String name, String actual, List<String> failures, PrintWriter out) {
    String want;
    String source;
    if (Sha256.isHex(sha256)) {
      want = sha256.toLowerCase(Locale.ROOT);
      source = "--sha256";
    } else {
      Path sums = context.resolve(sha256);
      try {
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
        failures.add(ex instanceof IllegalArgumentException ? ex.getMessage() : sha256 + ": cannot read: " + ex);
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
      failures.add(e.getMessage());
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
