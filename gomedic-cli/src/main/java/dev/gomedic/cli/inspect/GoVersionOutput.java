package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.BinaryFormatException;
import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.buildinfo.ModInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code go version [-m] PATH...}, byte for byte as Go 1.19 prints it: directories are walked in lexical order
 * and only Go binaries are listed; a file named on the command line that is not a readable Go executable gets
 * one line on stderr. Like go, the exit status is 1 only when a path does not exist.
 */
final class GoVersionOutput {
  private final Inspector inspector;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean modules;
  private final boolean windows;
  private int status;

  GoVersionOutput(Inspector inspector, PrintWriter out, PrintWriter err, boolean modules, boolean windows) {
    this.inspector = inspector;
    this.out = out;
    this.err = err;
    this.modules = modules;
    this.windows = windows;
  }

  int run(List<String> args, java.util.function.Function<String, Path> resolve) {
    for (String arg : args) {
      Path p = resolve.apply(arg);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
        err.println("stat " + arg + ": no such file or directory");
        status = 1;
        continue;
      }
      if (Files.isDirectory(p)) {
        walk(p, arg);
      } else {
        file(p, arg, true);
      }
    }
    return status;
  }

  private void walk(Path dir, String shown) {
    List<Path> children;
    try (Stream<Path> s = Files.list(dir)) {
      children = new ArrayList<>(s.toList());
    } catch (IOException e) {
      return;
    }
    children.sort((a, b) -> compareBytes(a.getFileName().toString(), b.getFileName().toString()));
    for (Path c : children) {
      String name = join(shown, c.getFileName().toString());
      // One lstat per entry, as go's directory walk: its type and, for a regular file, its permission bits.
      BasicFileAttributes a = lstat(c);
      if (a == null) {
        continue; // vanished or unreadable entry: go skips it too
      }
      if (a.isSymbolicLink()) {
        file(c, name, false);
      } else if (a.isDirectory()) {
        walk(c, name);
      } else if (a.isRegularFile()) {
        if (windows ? executable(c, name) : a instanceof PosixFileAttributes px ? anyExecute(px.permissions())
            : executable(c, name)) {
          read(c, name, false);
        }
      }
    }
  }

  /** The entry's own attributes (POSIX ones where the file system has them), or null if it cannot be read. */
  private static BasicFileAttributes lstat(Path p) {
    try {
      try {
        return Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (UnsupportedOperationException e) {
        return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
  }

  private void file(Path p, String shown, boolean mustPrint) {
    if (Files.isSymbolicLink(p) && !Files.isRegularFile(p)) {
      if (mustPrint) {
        err.println(shown + ": symlink");
      }
      return;
    }
    if (!executable(p, shown)) {
      if (mustPrint) {
        err.println(shown + ": not executable file");
      }
      return;
    }
    read(p, shown, mustPrint);
  }

  /** Reads the build info of executable {@code p} and prints it, or why not when {@code mustPrint}. */
  private void read(Path p, String shown, boolean mustPrint) {
    Inspection in;
    try {
      in = inspector.inspect(p, shown);
    } catch (NoSuchFileException | AccessDeniedException e) {
      if (mustPrint) {
        err.println(shown);
      }
      return;
    } catch (BinaryFormatException e) {
      fail(shown, "unrecognized file format", mustPrint);
      return;
    } catch (IOException e) {
      fail(shown, "unrecognized file format", mustPrint);
      return;
    }
    Inspection.SliceInfo s = in.primary();
    if (!s.error().isEmpty()) {
      fail(shown, s.error(), mustPrint);
      return;
    }
    BuildInfoReader.Result r = s.result().orElseThrow();
    if (r instanceof BuildInfoReader.Missing m) {
      fail(shown, m.why().message(), mustPrint);
      return;
    }
    BuildInfo bi = ((BuildInfoReader.Found) r).info();
    out.print(shown + ": " + bi.goVersion() + "\n");
    String mod = ModInfo.format(new BuildInfo("", bi.path(), bi.main(), bi.deps(), bi.settings(), bi.source()));
    if (modules && !mod.isEmpty()) {
      out.print("\t" + mod.substring(0, mod.length() - 1).replace("\n", "\n\t") + "\n");
    }
  }

  private void fail(String shown, String why, boolean mustPrint) {
    if (mustPrint) {
      err.print(shown + ": could not read Go build info from " + shown + ": " + why + "\n");
    }
  }

  private boolean executable(Path p, String shown) {
    if (windows) {
      return shown.toLowerCase(java.util.Locale.ROOT).endsWith(".exe");
    }
    try {
      if (!Files.isRegularFile(p)) {
        return false;
      }
      return anyExecute(Files.getPosixFilePermissions(p));
    } catch (IOException | UnsupportedOperationException e) {
      return Files.isExecutable(p);
    }
  }

  private static boolean anyExecute(Set<PosixFilePermission> perms) {
    return perms.contains(PosixFilePermission.OWNER_EXECUTE)
        || perms.contains(PosixFilePermission.GROUP_EXECUTE)
        || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
  }

  /** Go's filepath.Join: the parts joined with a slash, then cleaned. */
  static String join(String dir, String name) {
    String joined = dir.isEmpty() ? name : dir + "/" + name;
    return clean(joined);
  }

  /** Go's filepath.Clean for slash-separated paths. */
  static String clean(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    boolean rooted = p.startsWith("/");
    List<String> parts = new ArrayList<>();
    for (String e : p.split("/")) {
      if (e.isEmpty() || e.equals(".")) {
        continue;
      }
      if (e.equals("..")) {
        if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
          parts.remove(parts.size() - 1);
        } else if (!rooted) {
          parts.add("..");
        }
        continue;
      }
      parts.add(e);
    }
    String s = String.join("/", parts);
    if (rooted) {
      return "/" + s;
    }
    return s.isEmpty() ? "." : s;
  }

  private static int compareBytes(String a, String b) {
    byte[] x = a.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] y = b.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Arrays.compareUnsigned(x, y);
  }
}
