package dev.gomedic.toolchain.install;

import dev.gomedic.testkit.release.TarGz;
import dev.gomedic.testkit.release.ReleaseServer;
import dev.gomedic.testkit.release.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.toolchain.catalog.Catalog;
import dev.gomedic.toolchain.catalog.ReleaseFile;
import dev.gomedic.toolchain.fetch.Downloader;
import dev.gomedic.toolchain.fetch.ProgressListener;
import dev.gomedic.toolchain.verify.Sha256;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallerTest {
  static final Catalog SNAPSHOT = Catalog.embedded();
  static ReleaseServer server;
  static Path fakes;
  static Path fake;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = new ReleaseServer();
    fakes = Files.createTempDirectory("gm-fakes");
    fake = fakes.resolve("go1.99.1.linux-amd64.tar.gz");
    Random rnd = new Random(1);
    try (TarGz t = new TarGz(fake)) {
      t.file("go/VERSION", "go1.99.1\ntime 2030-01-01\n".getBytes(), 0644);
      t.file("go/bin/go", "#!/bin/sh\necho go version go1.99.1 linux/amd64\n".getBytes(), 0755);
      for (int i = 0; i < 300; i++) {
        byte[] b = new byte[64 * 1024];
        rnd.nextBytes(b);
        t.file("go/src/pkg" + i + "/data.bin", b, 0644);
      }
    }
    server.serve(fake.getFileName().toString(), fake, ReleaseServer.Mode.NORMAL);
  }

  /** Every test starts from the untouched fake archive served normally (tests below swap in bad copies). */
  @org.junit.jupiter.api.BeforeEach
  void serveFake() {
    server.serve(fake.getFileName().toString(), fake, ReleaseServer.Mode.NORMAL);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    Installer.deleteTree(fakes);
  }

  static Installer installer(Path home, URI base) {
    return installer(home, base, Downloader.Options.defaults());
  }

  static Installer installer(Path home, URI base, Downloader.Options options) {
    return new Installer(new Layout(home), SNAPSHOT, base, new Downloader(options),
        new SafeExtractor(SafeExtractor.Limits.defaults()), new GoTreeCheck(GoTreeCheck.BinaryCheck.NOT_CHECKED),
        Clock.systemUTC());
  }

  static ReleaseFile entry(Path archive, String name, String version) throws IOException {
    return new ReleaseFile(name, "linux", "amd64", version, Sha256.of(archive), Files.size(archive), "archive");
  }

  static Installer.Request trusted(ReleaseFile f) {
    return new Installer.Request(f, "linux", "amd64", true, false, Optional.empty());
  }

  @Test
  void installsRealGo119AndItBuilds() throws Exception {
    Path archive = Fixtures.go119Archive();
    String name = "go1.19.8.linux-amd64.tar.gz";
    server.serve(name, archive, ReleaseServer.Mode.NORMAL);
    Path home = dir.resolve("home");
    Installer.Result r = installer(home, server.base()).install(trusted(entry(archive, name, "go1.19.8")),
        ProgressListener.NONE);
    assertThat(r.alreadyInstalled()).isFalse();
    assertThat(r.notes()).anyMatch(n -> n.contains("NOT cross-checked"));
    assertThat(r.goroot()).isEqualTo(home.resolve("toolchains/go1.19.8"));
    String version = run(r.goroot().resolve("bin/go"), dir, "version");
    assertThat(version).isEqualTo("go version go1.19.8 linux/amd64\n");
    Path prog = dir.resolve("prog");
    Files.createDirectories(prog);
    Files.writeString(prog.resolve("go.mod"), "module example.com/hello\n\ngo 1.19\n");
    Files.writeString(prog.resolve("main.go"), "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n");
    run(r.goroot().resolve("bin/go"), prog, "build", "-o", "hello", ".");
    assertThat(run(prog.resolve("hello"), prog)).isEqualTo("hi\n");
    Installer.Result again = installer(home, server.base()).install(trusted(entry(archive, name, "go1.19.8")),
        ProgressListener.NONE);
    assertThat(again.alreadyInstalled()).isTrue();
  }

  /** Runs a program with a clean environment (the real go: GOTOOLCHAIN=local, no proxy, temp caches). */
  static String run(Path exe, Path cwd, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(exe.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
    pb.environment().clear();
    Path tmp = Files.createTempDirectory(cwd, "gocache");
    pb.environment().put("HOME", tmp.toString());
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("GOFLAGS", "");
    pb.environment().put("GOTOOLCHAIN", "local");
    pb.environment().put("GOPROXY", "off");
    pb.environment().put("GOCACHE", tmp.resolve("cache").toString());
    pb.environment().put("GOMODCACHE", tmp.resolve("mod").toString());
    pb.environment().put("GOPATH", tmp.resolve("gopath").toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s timed out", cmd).isTrue();
    assertThat(p.exitValue()).as("%s exited %d: %s", cmd, p.exitValue(), out).isZero();
    return out;
  }

  Path failWith(Path archive, ReleaseFile f, ReleaseServer.Mode mode, String message, boolean trust,
      Downloader.Options options) throws Exception {
    server.serve(f.filename(), archive, mode);
    Path home = dir.resolve("home-" + System.nanoTime());
    Installer.Request req = new Installer.Request(f, "linux", "amd64", trust, false, Optional.empty());
    assertThatThrownBy(() -> installer(home, server.base(), options).install(req, ProgressListener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(message);
    assertNoTrace(home, f.filename());
    return home;
  }

  /** Nothing under home but the download cache, and no complete download of a file that failed its check. */
  static void assertNoTrace(Path home, String filename) throws IOException {
    if (!Files.exists(home)) {
      return;
    }
    try (Stream<Path> s = Files.walk(home)) {
      List<String> left = s.map(p -> home.relativize(p).toString())
          .filter(p -> !p.isEmpty() && !p.equals("toolchains") && !p.equals("downloads")
              && !(p.startsWith("downloads/") && (p.endsWith(".lock") || p.endsWith(".partial"))))
          .toList();
      assertThat(left).as("left under $GOMEDIC_HOME").isEmpty();
    }
  }

  Path copyWith(String name, java.util.function.UnaryOperator<byte[]> change) throws IOException {
    Path p = dir.resolve("srv-" + System.nanoTime()).resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, change.apply(Files.readAllBytes(fake)));
    return p;
  }

  @Test
  void flippedByteIsRefused() throws Exception {
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    Path bad = copyWith(f.filename(), b -> {
      b[b.length / 2] ^= 1;
      return b;
    });
    failWith(bad, f, ReleaseServer.Mode.NORMAL, "go1.99.1.linux-amd64.tar.gz: SHA-256 mismatch: got ", true,
        Downloader.Options.defaults());
  }

  @Test
  void wrongSizeIsRefused() throws Exception {
    ReleaseFile good = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    ReleaseFile f = new ReleaseFile(good.filename(), "linux", "amd64", "go1.99.1", good.sha256(), good.size() + 10,
        "archive");
    failWith(fake, f, ReleaseServer.Mode.NORMAL, "downloaded " + good.size() + " bytes, want " + f.size(), true,
        Downloader.Options.defaults());
  }

  @Test
  void truncatedFileIsRefused() throws Exception {
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    Path cut = copyWith(f.filename(), b -> java.util.Arrays.copyOf(b, b.length - 5000));
    failWith(cut, f, ReleaseServer.Mode.NORMAL, "want " + f.size() + " (truncated or wrong file)", true,
        Downloader.Options.defaults());
  }

  @Test
  void cutOffDownloadResumes() throws Exception {
    Path p = copyWith("go1.99.1.linux-amd64.tar.gz", b -> b);
    server.serve("go1.99.1.linux-amd64.tar.gz", p, ReleaseServer.Mode.CUT_OFF_ONCE);
    Path home = dir.resolve("home");
    int ranged = server.rangeRequests();
    Installer.Result r = installer(home, server.base(), Downloader.Options.defaults().withAttempts(3,
        Duration.ofMillis(10)).withStallTimeout(Duration.ofSeconds(2))).install(trusted(entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1")),
        ProgressListener.NONE);
    assertThat(r.goroot().resolve("VERSION")).exists();
    assertThat(server.rangeRequests() - ranged).as("resumed requests (Range)").isEqualTo(1);
  }

  @Test
  void checksumDifferingFromSnapshotIsRefused() throws Exception {
    // The name of a real release, with the checksum of our fake: the embedded snapshot disagrees.
    ReleaseFile f = entry(fake, "go1.19.8.linux-amd64.tar.gz", "go1.19.8");
    Path home = failWith(fake, f, ReleaseServer.Mode.NORMAL,
        "go1.19.8.linux-amd64.tar.gz: the catalog's SHA-256 " + f.sha256() + " differs from the embedded"
            + " snapshot's e1a0bf0ab18c8218805a1003fd702a41e2e807710b770e787e5979d1cf947aba", false,
        Downloader.Options.defaults());
    assertThat(home.resolve("downloads/go1.19.8.linux-amd64.tar.gz")).doesNotExist();
  }

  @Test
  void privateFileNeedsTrustCatalog() throws Exception {
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    failWith(fake, f, ReleaseServer.Mode.NORMAL, "not in gomedic's embedded release snapshot", false,
        Downloader.Options.defaults());
  }

  @Test
  void missingChecksumIsRefused() throws Exception {
    ReleaseFile f = new ReleaseFile("go1.99.1.linux-amd64.tar.gz", "linux", "amd64", "go1.99.1", "", -1, "archive");
    failWith(fake, f, ReleaseServer.Mode.NORMAL, "the catalog gives no SHA-256 for this file", true,
        Downloader.Options.defaults());
  }

  @Test
  void stallingServerTimesOut() throws Exception {
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    Path p = copyWith(f.filename(), b -> b);
    long t0 = System.nanoTime();
    failWith(p, f, ReleaseServer.Mode.STALL, "stalled", true,
        Downloader.Options.defaults().withStallTimeout(Duration.ofSeconds(1)).withAttempts(2, Duration.ofMillis(10)));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void hostileArchiveIsRefused() throws Exception {
    Path evil = dir.resolve("srv-evil/go1.99.1.linux-amd64.tar.gz");
    Files.createDirectories(evil.getParent());
    try (TarGz t = new TarGz(evil)) {
      t.file("go/VERSION", "go1.99.1\n".getBytes(), 0644);
      t.entry("go/etc", '2', "/etc");
    }
    ReleaseFile f = entry(evil, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    Path home = failWith(evil, f, ReleaseServer.Mode.NORMAL, "go/etc: symlink to absolute path /etc", true,
        Downloader.Options.defaults());
    assertThat(home.resolve("downloads/go1.99.1.linux-amd64.tar.gz")).as("cache after a refused archive").doesNotExist();
  }

  @Test
  void wrongVersionInsideIsRefused() throws Exception {
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.2");
    failWith(fake, f, ReleaseServer.Mode.NORMAL, "go1.99.2: archive holds go1.99.1, want go1.99.2", true,
        Downloader.Options.defaults());
  }

  @Test
  void pgpSignatureIsChecked() throws Exception {
    dev.gomedic.toolchain.verify.Gpg.require();
    Path gh = Files.createTempDirectory("gmpgpi");
    try {
      dev.gomedic.toolchain.verify.Gpg gpg = new dev.gomedic.toolchain.verify.Gpg(gh.resolve("h"));
      gpg.genKey("Go Signer <go@example.com>", "ed25519", "never");
      gpg.genKey("Someone Else <else@example.com>", "ed25519", "never");
      Path srv = dir.resolve("srv-pgp");
      Files.createDirectories(srv);
      Path archive = Files.copy(fake, srv.resolve(fake.getFileName()));
      gpg.sign("Go Signer <go@example.com>", archive, srv.resolve(fake.getFileName() + ".asc"), true);
      gpg.sign("Someone Else <else@example.com>", archive, srv.resolve("other.asc"), true);
      gpg.export("Go Signer <go@example.com>", gh.resolve("key.asc"));
      dev.gomedic.toolchain.verify.Keyring keys = dev.gomedic.toolchain.verify.Keyring.readFile(gh.resolve("key.asc"));
      ReleaseFile f = entry(fake, fake.getFileName().toString(), "go1.99.1");
      server.serve(f.filename(), archive, ReleaseServer.Mode.NORMAL);

      server.serve(f.filename() + ".asc", srv.resolve("other.asc"), ReleaseServer.Mode.NORMAL);
      Path bad = dir.resolve("home-badsig");
      Installer.Request req = new Installer.Request(f, "linux", "amd64", true, false, Optional.of(keys));
      assertThatThrownBy(() -> installer(bad, server.base()).install(req, ProgressListener.NONE))
          .hasMessageContaining(f.filename() + ".asc: no public key ");
      assertNoTrace(bad, f.filename());

      server.serve(f.filename() + ".asc", srv.resolve(fake.getFileName() + ".asc"), ReleaseServer.Mode.NORMAL);
      Installer.Result r = installer(dir.resolve("home-goodsig"), server.base()).install(req, ProgressListener.NONE);
      assertThat(r.notes()).anyMatch(n -> n.startsWith("pgp: good signature from \"Go Signer <go@example.com>\""));
      gpg.stopAgent();
    } finally {
      Installer.deleteTree(gh);
    }
  }

  @Test
  void eightConcurrentProcessesMakeOneInstall() throws Exception {
    Path home = dir.resolve("home");
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    List<Process> ps = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ps.add(child(home, f).start());
    }
    int installed = 0;
    for (Process p : ps) {
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("child: %s", out).isZero();
      if (out.startsWith("installed ")) {
        installed++;
      }
    }
    assertThat(installed).as("processes that installed").isEqualTo(1);
    assertComplete(home.resolve("toolchains/go1.99.1"));
    try (Stream<Path> s = Files.list(home.resolve("toolchains"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("go1.99.1");
    }
  }

  @Test
  void killedInstallsNeverLeaveAPartialToolchain() throws Exception {
    Path home = dir.resolve("home");
    ReleaseFile f = entry(fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
    Random rnd = new Random(42);
    // Time one full install (JVM start, download, unpack, rename), then kill at random points across it.
    long t0 = System.nanoTime();
    Process timing = child(home, f).start();
    timing.getInputStream().readAllBytes();
    assertThat(timing.waitFor(120, TimeUnit.SECONDS)).isTrue();
    int full = (int) Duration.ofNanos(System.nanoTime() - t0).toMillis();
    Installer.deleteTree(home);
    int completeSeen = 0;
    for (int run = 0; run < 20; run++) {
      Process p = child(home, f).start();
      Thread.sleep(rnd.nextInt(full * 11 / 10));
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      Path tc = home.resolve("toolchains/go1.99.1");
      if (Files.exists(tc)) {
        assertComplete(tc);
        completeSeen++;
        Installer.deleteTree(tc);
      }
      try (Stream<Path> s = Files.exists(home.resolve("toolchains")) ? Files.list(home.resolve("toolchains"))
          : Stream.empty()) {
        assertThat(s.map(p2 -> p2.getFileName().toString()).filter(n -> !n.startsWith(".staging-")).toList())
            .as("visible entries after kill %d", run).isEmpty();
      }
    }
    Process last = child(home, f).start();
    String out = new String(last.getInputStream().readAllBytes());
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as("last install: %s", out).isZero();
    assertComplete(home.resolve("toolchains/go1.99.1"));
    try (Stream<Path> s = Files.list(home.resolve("toolchains"))) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).as("staging cleaned up").containsExactly("go1.99.1");
    }
    System.out.println("kill test: full install " + full + " ms; " + completeSeen
        + " of 20 runs had finished before the kill");
  }

  static void assertComplete(Path goroot) throws IOException {
    assertThat(goroot.resolve("VERSION")).hasContent("go1.99.1\ntime 2030-01-01");
    assertThat(Files.isExecutable(goroot.resolve("bin/go"))).isTrue();
    for (int i = 0; i < 300; i++) {
      assertThat(Files.size(goroot.resolve("src/pkg" + i + "/data.bin"))).isEqualTo(64 * 1024);
    }
  }

  private ProcessBuilder child(Path home, ReleaseFile f) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), InstallMain.class.getName(),
        home.toString(), server.base().toString(), f.filename(), f.version(), f.sha256(), String.valueOf(f.size()))
        .redirectErrorStream(true);
  }
}
