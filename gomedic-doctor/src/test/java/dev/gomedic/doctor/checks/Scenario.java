package dev.gomedic.doctor.checks;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.HostContext;
import dev.gomedic.discovery.BuildInfoBinaryReader;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import dev.gomedic.host.WindowsRegistry;
import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated host for one check, read from a txtar file whose comment holds directives:
 *
 * <pre>
 * check NO_MAIN_MODULE        the check under test
 * want fire error             or: want none
 * want-evidence /home/u/p     a substring some evidence line must contain (repeatable)
 * want-fix powershell Get-Command go -All   a substring of some fix's command for that shell (bash, zsh, fish,
 *                             powershell, cmd; repeatable)
 * os linux amd64              default linux amd64
 * dir /home/u/p               the working directory (created)
 * env HOME=/home/u            OS environment (repeatable)
 * exec /usr/local/go/bin/go   mark a file executable
 * symlink /usr/bin/go /usr/local/go/bin/go
 * go /opt/go/bin/go           the --go binary
 * copy go /usr/local/go/bin/go copy a file from the real go 1.19's bin directory (needs the real go); an
 *                             absolute source (/bin/ls) is copied from the real file system
 * gomain golang.org/dl/go1.22.1 /home/u/go/bin/go   a do-nothing Go program with that main package path
 * macho x86_64 /usr/local/go/bin/go   write a minimal Mach-O executable header (x86_64 or arm64) there
 * gobinary windows-arm64 C:\Go\bin\go.exe   a real program cross-compiled by go 1.19 (GoBinaries, cached)
 * osversion 10.14.6           the host's OS release (os.version)
 * modzip example.com/a@v1.0.0 /src/a /home/u/go/pkg/mod /home/u/p/go.sum   zip the files below /src/a into that
 *                             module cache as the module's zip and append its h1 line to that go.sum
 * registry-machine C:\Go\bin  the HKLM PATH value (Windows); registry-user likewise for HKCU
 * </pre>
 *
 * <p>With {@code os windows} the file system is a Windows Jimfs and files are written below {@code C:\}.
 * <pre>
 * </pre>
 *
 * Files are written below the root of a fresh Jimfs file system.
 */
record Scenario(String name, String check, boolean fires, String severity, List<String> evidence,
    List<String[]> fixes, Txtar txtar) {
  static Scenario read(String name, String text) {
    Txtar t = Txtar.parse(text);
    String check = null;
    boolean fires = false;
    String severity = "";
    List<String> ev = new ArrayList<>();
    List<String[]> fixes = new ArrayList<>();
    for (String line : t.comment().split("\n")) {
      String[] f = line.trim().split("\\s+", 2);
      switch (f[0]) {
        case "check" -> check = f[1];
        case "want" -> {
          String[] w = f[1].split("\\s+");
          fires = w[0].equals("fire");
          severity = w.length > 1 ? w[1] : "";
        }
        case "want-evidence" -> ev.add(f[1]);
        case "want-fix" -> fixes.add(f[1].split("\\s+", 2));
        default -> {}
      }
    }
    return new Scenario(name, check, fires, severity, ev, fixes, t);
  }

  DoctorContext context() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    GoOs os = GoOs.LINUX;
    String arch = "amd64";
    String dir = "/home/u/p";
    Optional<String> go = Optional.empty();
    List<String[]> links = new ArrayList<>();
    List<String> execs = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    List<String[]> copies = new ArrayList<>();
    List<String> machos = new ArrayList<>();
    List<String[]> gobinaries = new ArrayList<>();
    String osVersion = "";
    List<String[]> modzips = new ArrayList<>();
    String machinePath = null;
    String userPath = null;
    for (String line : txtar.comment().split("\n")) {
      String[] f = line.trim().split("\\s+", 2);
      switch (f[0]) {
        case "os" -> {
          String[] w = f[1].split("\\s+");
          os = GoOs.fromJavaName(w[0]);
          arch = w[1];
        }
        case "dir" -> dir = f[1];
        case "mkdir" -> dirs.add(f[1]);
        case "env" -> env.put(f[1].substring(0, f[1].indexOf('=')), f[1].substring(f[1].indexOf('=') + 1));
        case "exec" -> execs.add(f[1]);
        case "symlink" -> links.add(f[1].split("\\s+"));
        case "go" -> go = Optional.of(f[1]);
        case "copy" -> copies.add(f[1].split("\\s+"));
        case "gomain" -> {
          String[] w = f[1].split("\\s+");
          copies.add(new String[] {dev.gomedic.testkit.GoBinaries.mainProgram(w[0]).toString(), w[1]});
        }
        case "macho" -> machos.add(f[1]);
        case "gobinary" -> gobinaries.add(f[1].split("\\s+", 2));
        case "osversion" -> osVersion = f[1];
        case "registry-machine" -> machinePath = f[1];
        case "registry-user" -> userPath = f[1];
        case "modzip" -> modzips.add(f[1].split("\\s+"));
        default -> {}
      }
    }
    boolean windows = os == GoOs.WINDOWS;
    Configuration cfg = (windows ? Configuration.windows() : Configuration.unix()).toBuilder()
        .setAttributeViews("basic", "posix").build();
    FileSystem fs = Jimfs.newFileSystem(cfg);
    Path root = fs.getPath(windows ? "C:\\" : "/");
    txtar.extractTo(root);
    Files.createDirectories(fs.getPath(dir));
    for (String d : dirs) {
      Files.createDirectories(fs.getPath(d));
    }
    for (String[] c : copies) {
      Files.createDirectories(fs.getPath(c[1]).getParent());
      Files.copy(dev.gomedic.testkit.Oracle.requireGo().getParent().resolve(c[0]), fs.getPath(c[1]));
    }
    for (String m : machos) {
      String[] w = m.split("\\s+");
      Files.createDirectories(fs.getPath(w[1]).getParent());
      Files.write(fs.getPath(w[1]), macho(w[0].equals("arm64")));
    }
    for (String[] g : gobinaries) {
      String[] osArch = g[0].split("-", 2);
      Path built = dev.gomedic.testkit.GoBinaries.build(
          new dev.gomedic.testkit.GoBinaries.Target(osArch[0], osArch[1], "", List.of()));
      Files.createDirectories(fs.getPath(g[1]).getParent());
      Files.copy(built, fs.getPath(g[1]));
    }
    for (String[] z : modzips) {
      modzip(fs, z);
    }
    for (String e : execs) {
      Files.setPosixFilePermissions(fs.getPath(e), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    for (String[] l : links) {
      Files.createDirectories(fs.getPath(l[0]).getParent());
      Files.createSymbolicLink(fs.getPath(l[0]), fs.getPath(l[1]));
    }
    GoOs goOs = switch (os) {
      case DARWIN -> GoOs.DARWIN;
      case WINDOWS -> GoOs.WINDOWS;
      default -> GoOs.LINUX;
    };
    Host host = Host.builder(goOs, fs).env(env).arch(arch).workingDir(dir).osVersion(osVersion)
        .registry(WindowsRegistry.of(machinePath, userPath)).build();
    return HostContext.of(host, go.map(fs::getPath), new BuildInfoBinaryReader());
  }

  /** The {@code modzip} directive: a module zip in a module cache and its go.sum line. */
  private static void modzip(FileSystem fs, String[] w) throws IOException {
    int at = w[0].lastIndexOf('@');
    dev.gomedic.mod.module.ModuleVersion m = new dev.gomedic.mod.module.ModuleVersion(w[0].substring(0, at),
        w[0].substring(at + 1));
    Path src = fs.getPath(w[1]);
    List<dev.gomedic.mod.modzip.ModuleFile> files = new ArrayList<>();
    for (String name : dev.gomedic.mod.dirhash.DirHash.dirFiles(src, "")) {
      files.add(dev.gomedic.mod.modzip.ModuleFile.of(name, Files.readAllBytes(src.resolve(name))));
    }
    Path zip = new dev.gomedic.mod.modcache.ModCache(fs.getPath(w[2])).cachePath(m, "zip");
    Files.createDirectories(zip.getParent());
    try (java.io.OutputStream out = Files.newOutputStream(zip)) {
      dev.gomedic.mod.modzip.ModZip.create(out, m, files);
    }
    Path sum = fs.getPath(w[3]);
    Files.writeString(sum, m.path() + " " + m.version() + " " + dev.gomedic.mod.dirhash.DirHash.hashZip(zip) + "\n",
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  /** A Mach-O 64-bit executable header (x86_64 or arm64) with no load commands: enough to tell its CPU. */
  static byte[] macho(boolean arm64) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.putInt(0xfeedfacf); // MH_MAGIC_64
    b.putInt(arm64 ? 0x0100000c : 0x01000007); // CPU_TYPE_ARM64 or CPU_TYPE_X86_64
    b.putInt(arm64 ? 0 : 3); // CPU_SUBTYPE_ARM64_ALL or CPU_SUBTYPE_X86_64_ALL
    b.putInt(2); // MH_EXECUTE
    b.putInt(0); // ncmds
    b.putInt(0); // sizeofcmds
    b.putInt(0); // flags
    b.putInt(0); // reserved
    return b.array();
  }
}
