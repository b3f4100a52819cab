package dev.gomedic.toolchain.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The real gpg in a throw-away home directory: makes keys, signs files and gives gpg's verdict. */
public final class Gpg {
  static final Path GPG = Path.of("/usr/bin/gpg");

  private final Path home;

  public Gpg(Path home) throws IOException {
    this.home = home;
    Files.createDirectories(home);
    home.toFile().setReadable(false, false);
    home.toFile().setReadable(true, true);
    home.toFile().setExecutable(false, false);
    home.toFile().setExecutable(true, true);
  }

  public static void require() {
    String reason = "gpg is missing: install it with 'apt-get install gnupg' (.ci/install.d/60-toolchain.sh)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.assertTrue(Files.isExecutable(GPG), reason);
    } else {
      Assumptions.assumeTrue(Files.isExecutable(GPG), reason);
    }
  }

  /** Runs gpg with this home; returns stdout, fails the test when gpg fails and {@code check} is set. */
  String run(boolean check, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(GPG.toString(), "--homedir", home.toString(), "--batch",
        "--yes", "--no-tty", "--pinentry-mode", "loopback", "--passphrase", ""));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
    pb.environment().put("GNUPGHOME", home.toString());
    Path errFile = Files.createTempFile("gpg", ".err");
    pb.redirectError(errFile.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Assertions.assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gpg timed out");
    String err = Files.readString(errFile);
    Files.delete(errFile);
    if (check && p.exitValue() != 0) {
      Assertions.fail("gpg " + String.join(" ", args) + " exited " + p.exitValue() + ": " + err);
    }
    return out;
  }

  /** Makes a signing key; returns its fingerprint. */
  public String genKey(String uid, String algo, String expire) throws Exception {
    run(true, "--quick-gen-key", uid, algo, "sign", expire);
    return fingerprint(uid);
  }

  String fingerprint(String uid) throws Exception {
    for (String line : run(true, "--with-colons", "--list-keys", "=" + uid).split("\n")) {
      if (line.startsWith("fpr:")) {
        return line.split(":")[9];
      }
    }
    throw new AssertionError("no fingerprint for " + uid);
  }

  public void sign(String uid, Path file, Path sig, boolean armor) throws Exception {
    if (armor) {
      run(true, "-u", "=" + uid, "--armor", "--detach-sign", "-o", sig.toString(), file.toString());
    } else {
      run(true, "-u", "=" + uid, "--detach-sign", "-o", sig.toString(), file.toString());
    }
  }

  public void export(String uid, Path to) throws Exception {
    run(true, "--armor", "--export", "-o", to.toString(), "=" + uid);
  }

  /** Imports the revocation certificate gpg made when the key was generated. */
  void revoke(String fpr) throws Exception {
    Path cert = home.resolve("openpgp-revocs.d").resolve(fpr + ".rev");
    String text = Files.readString(cert).replace(":-----BEGIN", "-----BEGIN");
    Path fixed = home.resolve("revoke.asc");
    Files.writeString(fixed, text);
    run(true, "--import", fixed.toString());
  }

  /**
   * gpg's verdict on {@code sig} over {@code file} with only the keys of {@code keyFile} imported, as the
   * status token: GOODSIG, BADSIG, EXPKEYSIG, REVKEYSIG or ERRSIG (no public key).
   */
  static String verdict(Path scratch, Path keyFile, Path file, Path sig) throws Exception {
    Gpg fresh = new Gpg(scratch);
    fresh.run(true, "--import", keyFile.toString());
    String status = fresh.run(false, "--status-fd", "1", "--verify", sig.toString(), file.toString());
    fresh.stopAgent();
    for (String token : List.of("GOODSIG", "BADSIG", "EXPKEYSIG", "REVKEYSIG", "ERRSIG")) {
      if (status.contains("[GNUPG:] " + token + " ")) {
        return token;
      }
    }
    return "NONE";
  }

  public void stopAgent() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("gpgconf", "--homedir", home.toString(), "--kill", "all");
    pb.environment().put("GNUPGHOME", home.toString());
    Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    p.waitFor(30, TimeUnit.SECONDS);
  }
}
