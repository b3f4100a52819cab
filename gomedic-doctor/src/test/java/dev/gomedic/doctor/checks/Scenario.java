package dev.gomedic.doctor.checks;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.HostContext;
import dev.gomedic.doctor.HostOs;
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
 * os linux amd64              default linux amd64
 * dir /home/u/p               the working directory (created)
 * env HOME=/home/u            OS environment (repeatable)
 * exec /usr/local/go/bin/go   mark a file executable
 * symlink /usr/bin/go /usr/local/go/bin/go
 * go /opt/go/bin/go           the --go binary
 * copy go /usr/local/go/bin/go copy a file from the real go 1.19's bin directory (needs the real go)
 * </pre>
 *
 * Files are written below the root of a fresh Jimfs file system.
 */
record Scenario(String name, String check, boolean fires, String severity, List<String> evidence, Txtar txtar) {
  static Scenario read(String name, String text) {
    Txtar t = Txtar.parse(text);
    String check = null;
    boolean fires = false;
    String severity = "";
    List<String> ev = new ArrayList<>();
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
        default -> {}
      }
    }
    return new Scenario(name, check, fires, severity, ev, t);
  }

  DoctorContext context() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    HostOs os = HostOs.LINUX;
    String arch = "amd64";
    String dir = "/home/u/p";
    Optional<String> go = Optional.empty();
    List<String[]> links = new ArrayList<>();
    List<String> execs = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    List<String[]> copies = new ArrayList<>();
    for (String line : txtar.comment().split("\n")) {
      String[] f = line.trim().split("\\s+", 2);
      switch (f[0]) {
        case "os" -> {
          String[] w = f[1].split("\\s+");
          os = HostOs.fromOsName(w[0]);
          arch = w[1];
        }
        case "dir" -> dir = f[1];
        case "mkdir" -> dirs.add(f[1]);
        case "env" -> env.put(f[1].substring(0, f[1].indexOf('=')), f[1].substring(f[1].indexOf('=') + 1));
        case "exec" -> execs.add(f[1]);
        case "symlink" -> links.add(f[1].split("\\s+"));
        case "go" -> go = Optional.of(f[1]);
        case "copy" -> copies.add(f[1].split("\\s+"));
        default -> {}
      }
    }
    Configuration cfg = Configuration.unix().toBuilder().setAttributeViews("basic", "posix").build();
    FileSystem fs = Jimfs.newFileSystem(cfg);
    Path root = fs.getPath("/");
    txtar.extractTo(root);
    Files.createDirectories(fs.getPath(dir));
    for (String d : dirs) {
      Files.createDirectories(fs.getPath(d));
    }
    for (String[] c : copies) {
      Files.createDirectories(fs.getPath(c[1]).getParent());
      Files.copy(dev.gomedic.testkit.Oracle.requireGo().getParent().resolve(c[0]), fs.getPath(c[1]));
    }
    for (String e : execs) {
      Files.setPosixFilePermissions(fs.getPath(e), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    for (String[] l : links) {
      Files.createDirectories(fs.getPath(l[0]).getParent());
      Files.createSymbolicLink(fs.getPath(l[0]), fs.getPath(l[1]));
    }
    return HostContext.of(env, fs.getPath(dir), os, arch, go.map(fs::getPath));
  }
}
