package dev.gomedic.toolchain.install;

import dev.gomedic.toolchain.catalog.ReleaseFile;
import dev.gomedic.toolchain.fetch.ProgressListener;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** A child process for the kill and concurrency tests: HOME BASE FILENAME VERSION SHA256 SIZE. */
public final class InstallMain {
  private InstallMain() {}

  public static void main(String[] args) throws Exception {
    ReleaseFile f = new ReleaseFile(args[2], "linux", "amd64", args[3], args[4], Long.parseLong(args[5]), "archive");
    Installer.Result r = InstallerTest.installer(Path.of(args[0]), URI.create(args[1]))
        .install(new Installer.Request(f, "linux", "amd64", true, false, Optional.empty()), ProgressListener.NONE);
    System.out.println((r.alreadyInstalled() ? "present " : "installed ") + r.goroot());
  }
}
