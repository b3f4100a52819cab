package dev.gomedic.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.release.ReleaseServer;
import dev.gomedic.toolchain.catalog.ReleaseFile;
import dev.gomedic.toolchain.fetch.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installs of one release from several threads of one JVM. Java's file locks belong to the whole process (a second
 * channel's {@code lock()} throws OverlappingFileLockException, and closing any channel on the file may drop the
 * process's lock), so these cases differ from the multi-process test in {@link InstallerTest}.
 */
class InstallerThreadsTest {
  static ReleaseServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    InstallerTest.start();
    server = InstallerTest.server;
  }

  @AfterAll
  static void stop() throws IOException {
    InstallerTest.stop();
  }

  static ReleaseFile fakeEntry() throws IOException {
    return InstallerTest.entry(InstallerTest.fake, "go1.99.1.linux-amd64.tar.gz", "go1.99.1");
  }

  @Test
  void eightThreadsMakeOneInstall() throws Exception {
    Path home = dir.resolve("home");
    ReleaseFile f = fakeEntry();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Installer.Result>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // each thread has its own Installer, as separate commands in one JVM would
      Installer inst = InstallerTest.installer(home, server.base());
      results.add(pool.submit(() -> {
        go.await();
        return inst.install(InstallerTest.trusted(f), ProgressListener.NONE);
      }));
    }
    go.countDown();
    int installed = 0;
    List<String> failures = new ArrayList<>();
    for (Future<Installer.Result> r : results) {
      try {
        installed += r.get(120, TimeUnit.SECONDS).alreadyInstalled() ? 0 : 1;
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause().toString());
      }
    }
    pool.shutdownNow();
    assertThat(failures).as("exceptions thrown by install threads").isEmpty();
    assertThat(installed).withFailMessage("threads that installed: got %d, want 1", installed).isEqualTo(1);
    InstallerTest.assertComplete(home.resolve("toolchains/go1.99.1"));
    assertThat(entries(home)).as("toolchains/").containsExactly("go1.99.1");
  }

  @Test
  void threadsAndProcessesTogetherMakeOneInstall() throws Exception {
    Path home = dir.resolve("home");
    ReleaseFile f = fakeEntry();
    List<Process> ps = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Installer.Result>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ps.add(child(InstallMain.class, home.toString(), server.base().toString(), f.filename(), f.version(),
          f.sha256(), String.valueOf(f.size())).start());
      Installer inst = InstallerTest.installer(home, server.base());
      results.add(pool.submit(() -> inst.install(InstallerTest.trusted(f), ProgressListener.NONE)));
    }
    int installed = 0;
    for (Future<Installer.Result> r : results) {
      installed += r.get(120, TimeUnit.SECONDS).alreadyInstalled() ? 0 : 1;
    }
    pool.shutdownNow();
    for (Process p : ps) {
      String out = new String(p.getInputStream().readAllBytes());
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("child: %s", out).isZero();
      installed += out.startsWith("installed ") ? 1 : 0;
    }
    assertThat(installed).withFailMessage("threads and processes that installed: got %d, want 1", installed)
        .isEqualTo(1);
    InstallerTest.assertComplete(home.resolve("toolchains/go1.99.1"));
    assertThat(entries(home)).as("toolchains/").containsExactly("go1.99.1");
  }

  /**
   * A thread that gives up waiting (interrupted: Ctrl-C in an embedding application) must not take the lock away
   * from the thread that holds it: on Linux closing any descriptor of the lock file drops the whole process's lock,
   * and another process could then install over a half-made one.
   */
  @Test
  void aWaiterGivingUpKeepsTheHoldersLock() throws Exception {
    Path home = dir.resolve("home");
    ReleaseFile f = fakeEntry();
    CountDownLatch downloading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ProgressListener blocking = new ProgressListener() {
      @Override
      public void started(String name, long total, long resumedAt) {
        downloading.countDown();
        try {
          release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<Installer.Result> holder = pool.submit(
        () -> InstallerTest.installer(home, server.base()).install(InstallerTest.trusted(f), blocking));
    assertThat(downloading.await(60, TimeUnit.SECONDS)).as("holder started downloading").isTrue();
    Future<Installer.Result> waiter = pool.submit(
        () -> InstallerTest.installer(home, server.base()).install(InstallerTest.trusted(f), ProgressListener.NONE));
    Thread.sleep(300);
    waiter.cancel(true);
    Thread.sleep(300);
    Path lock = new Layout(home).lock("go1.99.1");
    Process probe = child(TryLockMain.class, lock.toString()).start();
    String seen = new String(probe.getInputStream().readAllBytes()).strip();
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    Installer.Result r = holder.get(120, TimeUnit.SECONDS);
    pool.shutdownNow();
    assertThat(seen).withFailMessage("another process probing the lock while the holder installs: got %s, want held",
        seen).isEqualTo("held");
    assertThat(r.alreadyInstalled()).isFalse();
    InstallerTest.assertComplete(home.resolve("toolchains/go1.99.1"));
  }

  static List<String> entries(Path home) throws IOException {
    try (Stream<Path> s = Files.list(home.resolve("toolchains"))) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  static ProcessBuilder child(Class<?> main, String... args) {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true);
  }

}
