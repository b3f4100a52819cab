package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.buildinfo.BuildInfo;
import dev.gomedic.binfmt.buildinfo.BuildInfoReader;
import dev.gomedic.binfmt.buildinfo.ModInfo;
import dev.gomedic.cli.Utf8PrintWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
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

/**
 * {@code go version [-m] PATH...}, byte for byte as Go 1.19 prints it: directories are walked in lexical order
 * and only Go binaries are listed; a file named on the command line that is not a readable Go executable gets
 * one line on stderr. Like go, the exit status is 1 only when a path does not exist.
 *
 * <p>Unlike go, files are read on up to {@link #THREADS} threads, the walking thread among them (see {@link
 * OrderedWork}); what each prints is kept and printed in walk order, so the output is the same as reading them
 * one by one.
 */
final class GoVersionOutput {
  /** Readers at once: the machines this runs on have few cores, and a file is read in well under a millisecond. */
  static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  private final Inspector inspector;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean modules;
  private final boolean windows;
  private int status;
  /** Reads files and prints what each printed, in walk order. */
  private final OrderedWork<Printed> work;
  /** Standard output not yet written: each file's lines are small, and a write per file costs a system call. */
  private final java.io.ByteArrayOutputStream buffered = new java.io.ByteArrayOutputStream(64 << 10);

  /** What one path prints on stdout (encoded as UTF-8 by the thread that read it) and on stderr. */
  private record Printed(byte[] out, String err) {
    static final byte[] NOTHING = new byte[0];
    static final Printed NONE = new Printed("");

    Printed(String err) {
      this(NOTHING, err);
    }
  }

  GoVersionOutput(Inspector inspector, PrintWriter out, PrintWriter err, boolean modules, boolean windows) {
    this.inspector = inspector;
    this.out = out;
    this.err = err;
    this.modules = modules;
    this.windows = windows;
    this.work = new OrderedWork<>(THREADS - 1, this::print);
  }

  int run(List<String> args, java.util.function.Function<String, Path> resolve) {
    boolean finished = false;
    try {
      for (String arg : args) {
        Path p = resolve.apply(arg);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
          say(new Printed("stat " + arg + ": no such file or directory\n"));
          status = 1;
          continue;
        }
        if (Files.isDirectory(p)) {
          walk(p, arg);
        } else {
          file(p, arg, true);
        }
      }
      work.finish();
      finished = true;
    } finally {
      if (!finished) {
        work.abandon();
      }
      flushOut();
    }
    return status;
  }

  /** Queues lines known without reading anything. */
  private void say(Printed p) {
    work.addDone(p);
  }

  /** Queues the reading of {@code p}. */
  private void queueRead(Path p, String shown, boolean mustPrint) {
    work.add(() -> read(p, shown, mustPrint));
  }

  /** Prints one path's lines: standard output through the buffer, standard error after what came before it. */
  private void print(Printed p) {
    buffered.write(p.out, 0, p.out.length);
    if (!p.err.isEmpty()) {
      flushOut();
      err.print(p.err);
      err.flush();
    } else if (buffered.size() >= 32 << 10) {
      flushOut();
    }
  }

  private void flushOut() {
    if (buffered.size() == 0) {
      return;
    }
    byte[] b = buffered.toByteArray();
    buffered.reset();
    if (out instanceof Utf8PrintWriter u) {
      u.writeUtf8(b);
    } else {
      out.print(new String(b, StandardCharsets.UTF_8));
    }
    out.flush();
  }

  private void walk(Path dir, String shown) {
    // Sorted by the bytes of their names, as go does; each name converted once.
    List<Child> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path c : s) {
        String name = c.getFileName().toString();
        children.add(new Child(name.getBytes(StandardCharsets.UTF_8), name, c));
      }
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      return;
    }
    children.sort(null);
    // An entry's name is one plain element, so joining it to the cleaned directory needs no further cleaning.
    String base = clean(shown);
    String prefix = base.equals(".") ? "" : base.endsWith("/") ? base : base + "/";
    for (Child k : children) {
      Path c = k.path;
      String name = prefix + k.name;
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
        // Whether it is executable is judged by the reading thread: building the permission set costs more than
        // the walk's other work per entry.
        work.add(() -> executable(c, name, a) ? read(c, name, false) : Printed.NONE);
      }
    }
  }

  /** A directory entry, ordered by the UTF-8 bytes of its name. */
  private record Child(byte[] key, String name, Path path) implements Comparable<Child> {
    @Override
    public int compareTo(Child o) {
      return java.util.Arrays.compareUnsigned(key, o.key);
    }
  }

  /** Whether the regular file {@code c}, whose attributes the walk read, counts as executable here. */
  private boolean executable(Path c, String name, BasicFileAttributes a) {
    if (!windows && a instanceof PosixFileAttributes px) {
      return anyExecute(px.permissions());
    }
    return executable(c, name);
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
        say(new Printed(shown + ": symlink\n"));
      }
      return;
    }
    if (!executable(p, shown)) {
      if (mustPrint) {
        say(new Printed(shown + ": not executable file\n"));
      }
      return;
    }
    queueRead(p, shown, mustPrint);
  }

  /** What reading the build info of executable {@code p} prints: it, or why not when {@code mustPrint}. */
  private Printed read(Path p, String shown, boolean mustPrint) {
    Inspection in;
    try {
      in = inspector.inspect(p, shown);
    } catch (NoSuchFileException | AccessDeniedException e) {
      return new Printed(mustPrint ? shown + "\n" : "");
    } catch (IOException e) {
      return fail(shown, "unrecognized file format", mustPrint);
    }
    Inspection.SliceInfo s = in.primary();
    if (!s.error().isEmpty()) {
      return fail(shown, s.error(), mustPrint);
    }
    BuildInfoReader.Result r = s.result().orElseThrow();
    if (r instanceof BuildInfoReader.Missing m) {
      return fail(shown, m.why().message(), mustPrint);
    }
    BuildInfo bi = ((BuildInfoReader.Found) r).info();
    // go prints the version, then bi.String() without its go line, each line after a tab.
    StringBuilder text = new StringBuilder(shown.length() + 512).append(shown).append(": ").append(bi.goVersion())
        .append('\n');
    if (modules) {
      ModInfo.appendLines(text, bi, "\t");
    }
    return new Printed(text.toString().getBytes(StandardCharsets.UTF_8), "");
  }

  private static Printed fail(String shown, String why, boolean mustPrint) {
    return new Printed(mustPrint ? shown + ": could not read Go build info from " + shown + ": " + why + "\n" : "");
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
}
