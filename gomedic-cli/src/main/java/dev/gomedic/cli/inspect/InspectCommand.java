package dev.gomedic.cli.inspect;

import dev.gomedic.binfmt.BinaryFormatException;
import dev.gomedic.binfmt.NotAnExecutableException;
import dev.gomedic.binfmt.Platform;
import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gomedic inspect}: format, platform, whether it runs here, and Go build info of binaries. */
public final class InspectCommand {
  private final CliContext context;
  private final Platform host;
  private final List<String> paths;
  private final boolean recursive;
  private final boolean json;
  private final boolean jsonLines;
  private final boolean goVersionM;
  private final String platform;
  private final String sbom;

  private InspectCommand(CliContext context, Platform host, Parsed p) {
    this.context = context;
    this.host = host;
    this.paths = p.positionals(0);
    this.recursive = p.flag("-r");
    this.json = p.flag("--json");
    this.jsonLines = p.flag("--json-lines");
    this.goVersionM = p.flag("-m");
    this.platform = p.string("--platform");
    this.sbom = p.string("--sbom");
  }

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("inspect",
        p -> new InspectCommand(context, hostPlatform(), p).run(p.out(), p.err()),
        "Reads ELF, Mach-O (thin and universal) and PE binaries: OS, CPU, linking, whether they run on this host,",
        "and the Go build info (toolchain version, modules, build settings) that 'go version -m' shows.");
    spec.addPositional(Specs.positionals("1..*", "PATH", "Files or directories to inspect."));
    spec.addOption(Specs.flag("Walk directories recursively.", "-r"));
    spec.addOption(Specs.flag("Print JSON (schemaVersion 1): an object for one named file, else an array of them.",
        "--json"));
    spec.addOption(Specs.flag("Print one compact JSON object per file and line, each as soon as it is read.",
        "--json-lines"));
    spec.addOption(Specs.flag("Print exactly what 'go version -m' prints (directories are walked, as go does).",
        "-m"));
    spec.addOption(Specs.option("OS/ARCH[+rosetta]", "Judge 'runs here?' for this platform instead of this"
        + " machine, e.g. darwin/arm64+rosetta.", "--platform"));
    spec.addOption(Specs.option("FORMAT", "Print an SBOM of the Go modules: cyclonedx.", "--sbom"));
    return spec;
  }

  /** {@code inspect -m PATH...}: what {@code go version -m PATH...} prints; the exit code. */
  public static int goVersionM(CliContext context, List<String> paths, PrintWriter out, PrintWriter err) {
    Platform host = hostPlatform();
    return goVersionM(context, host, host, paths, out, err);
  }

  /** {@code -m} on {@code host}; {@code judged} is the platform --platform names, else the host. */
  private static int goVersionM(CliContext context, Platform host, Platform judged, List<String> paths,
      PrintWriter out, PrintWriter err) {
    int st = new GoVersionOutput(new Inspector(judged, false), out, err, true, host.os().equals("windows"))
        .run(paths, context::resolve);
    out.flush();
    return st;
  }

  /** The platform of this process, the one place that reads os.name and os.arch. */
  static Platform hostPlatform() {
    String os = System.getProperty("os.name", "");
    boolean rosetta = os.toLowerCase(java.util.Locale.ROOT).startsWith("mac")
        && Files.exists(Path.of("/Library/Apple/usr/libexec/oah/libRosettaRuntime"));
    return Platform.fromJava(os, System.getProperty("os.arch", ""), rosetta);
  }

  private int run(PrintWriter out, PrintWriter err) {
    if (sbom != null && !sbom.equals("cyclonedx")) {
      throw new UserError(ExitCode.USAGE, "inspect: unknown SBOM format \"" + sbom + "\" (known: cyclonedx)");
    }
    if ((json ? 1 : 0) + (jsonLines ? 1 : 0) + (goVersionM ? 1 : 0) + (sbom != null ? 1 : 0) > 1) {
      throw new UserError(ExitCode.USAGE, "inspect: -m, --json, --json-lines and --sbom cannot be combined");
    }
    if (goVersionM) {
      return goVersionM(context, host, platform == null ? host : parsePlatform(platform), paths, out, err);
    }
    Inspector inspector = new Inspector(platform == null ? host : parsePlatform(platform), true);
    JsonStream stream = json || jsonLines ? new JsonStream(jsonForm(), out) : null;
    boolean failed = false;
    List<Inspection> found = new ArrayList<>();
    for (String arg : paths) {
      Path p = context.resolve(arg);
      if (!Files.exists(p)) {
        err.println("gomedic: " + arg + ": no such file or directory");
        failed = true;
        continue;
      }
      if (Files.isDirectory(p)) {
        for (Path f : files(p, recursive)) {
          String shown = GoVersionOutput.join(arg, p.relativize(f).toString().replace('\\', '/'));
          one(inspector, f, shown, false, out, err, found, stream);
        }
      } else {
        failed |= !one(inspector, p, arg, true, out, err, found, stream);
      }
    }
    if (stream != null) {
      stream.finish();
    }
    if (sbom != null) {
      out.print(SbomOutput.render(found));
    }
    out.flush();
    return failed ? ExitCode.FAILED.code() : ExitCode.OK.code();
  }

  /** One object when the command line names exactly one regular file (and no -r); else an array, or lines. */
  private JsonStream.Form jsonForm() {
    if (jsonLines) {
      return JsonStream.Form.LINES;
    }
    boolean oneFile = paths.size() == 1 && !recursive && Files.isRegularFile(context.resolve(paths.get(0)));
    return oneFile ? JsonStream.Form.OBJECT : JsonStream.Form.ARRAY;
  }

  private static Platform parsePlatform(String s) {
    boolean rosetta = s.endsWith("+rosetta");
    String[] p = (rosetta ? s.substring(0, s.length() - "+rosetta".length()) : s).split("/");
    if (p.length != 2 || p[0].isEmpty() || p[1].isEmpty()) {
      throw new UserError(ExitCode.USAGE, "inspect: --platform " + s + ": want OS/ARCH, as in linux/amd64");
    }
    return new Platform(p[0], p[1], rosetta);
  }

  /** Inspects one file and prints it; false if it could not be read (reported when named explicitly). */
  private boolean one(Inspector inspector, Path f, String shown, boolean named, PrintWriter out, PrintWriter err,
      List<Inspection> found, JsonStream stream) {
    String problem;
    try {
      if (!Files.isRegularFile(f)) {
        problem = "not a regular file";
      } else {
        Inspection in = inspector.inspect(f, shown);
        if (stream != null) {
          stream.add(JsonOutput.render(in, stream.writer()));
        } else if (sbom != null) {
          found.add(in); // the SBOM is written at the end; the other outputs keep nothing, so big trees stream
        } else {
          out.print(HumanOutput.render(in));
        }
        return true;
      }
    } catch (NotAnExecutableException e) {
      if (!named) {
        return true; // directories: skip non-binaries quietly
      }
      problem = "not an ELF, Mach-O or PE binary";
    } catch (BinaryFormatException e) {
      problem = e.problem();
    } catch (AccessDeniedException e) {
      problem = "permission denied";
    } catch (NoSuchFileException e) {
      problem = "no such file or directory";
    } catch (IOException e) {
      problem = e.getMessage() == null ? e.toString() : e.getMessage();
    }
    if (!named && problem.equals("not a regular file")) {
      return true;
    }
    err.println("gomedic: " + shown + ": " + problem);
    if (stream != null) {
      stream.add(JsonOutput.error(shown, problem, stream.writer()));
    }
    return false;
  }

  private static List<Path> files(Path dir, boolean recursive) {
    try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
      return s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, dir + ": " + e.getMessage());
    }
  }
}
