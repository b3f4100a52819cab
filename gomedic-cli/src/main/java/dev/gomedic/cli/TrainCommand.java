package dev.gomedic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The launcher's training run: exercises the commands once against a throw-away fixture, so that the JVM's
 * class-data archive (AppCDS on JDK 17, the AOT cache on JDK 25) holds every class they need. Hidden; its output
 * is discarded. Each command adds its own invocations to {@link #invocations(Path)}.
 *
 * <p>The launcher keeps one archive per command group ({@link #group(List)}): a JVM started with an AOT cache
 * loads and links every class the cache holds, so an archive made for all commands slows each one down by the
 * classes of the others. {@code __train GROUP} runs only that group's invocations; {@code __train} runs all.
 */
final class TrainCommand {
  /** The groups, each named after the archive the launcher keeps for it. */
  static final List<String> GROUPS =
      List.of("main", "env", "env-quick", "inspect", "inspect-m", "doctor", "mod", "toolchain");

  private final CliContext context;
  private final String only;

  private TrainCommand(CliContext context, String only) {
    this.context = context;
    this.only = only;
  }

  static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("__train", p -> {
      String group = p.positional(0);
      if (group != null && !GROUPS.contains(group)) {
        throw p.usageError("unknown group " + group + ": want one of " + String.join(", ", GROUPS));
      }
      new TrainCommand(context, group).run();
      return ExitCode.OK.code();
    }, "Exercise the commands of one group, or of all, for the class-data archive.");
    spec.addPositional(Specs.positional("0", "0..1", "GROUP", null));
    spec.usageMessage().hidden(true);
    return spec;
  }

  /**
   * The archive group of a command line, from its first two arguments: the launcher's {@code group_of} applies
   * the same rules (TrainCommandTest runs both on the same lines). The command lines {@link QuickPath} runs
   * without picocli have groups of their own, whose archives hold no picocli classes: {@code env} alone, with
   * {@code -json} or with a variable name, and {@code inspect -m}.
   */
  static String group(List<String> args) {
    String first = args.isEmpty() ? "" : args.get(0);
    String second = args.size() > 1 ? args.get(1) : "";
    return switch (first) {
      case "env" -> second.isEmpty() || second.equals("-json") || second.charAt(0) >= 'A' && second.charAt(0) <= 'Z'
          ? "env-quick" : "env";
      case "which-go" -> "env";
      case "inspect" -> second.equals("-m") ? "inspect-m" : "inspect";
      case "doctor", "explain" -> "doctor";
      case "mod" -> "mod";
      case "toolchain", "verify", "exec", "shell-init" -> "toolchain";
      default -> "main";
    };
  }

  /** Runs the training for {@code group} (all groups when null) without picocli: see {@link QuickPath}. */
  static int train(CliContext context, String group) {
    new TrainCommand(context, group).run();
    return ExitCode.OK.code();
  }

  private boolean wanted(List<String> args) {
    return only == null || group(args).equals(only);
  }

  private void run() {
    Path dir;
    try {
      dir = Files.createTempDirectory("gomedic-train");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      writeFixture(dir);
      CliContext inFixture = new CliContext(context.env(), dir, false);
      List<List<String>> all = new ArrayList<>(invocations(dir));
      // Looking for a go loads discovery's classes: only the groups that use a go pay for them, and inspect -m
      // looks on PATH only (the synthesized binaries train its build-info reading anyway).
      java.util.Optional<Path> go = only == null || List.of("env", "env-quick", "inspect", "doctor").contains(only)
          ? goOnPath() : "inspect-m".equals(only) ? onPath() : java.util.Optional.empty();
      go.ifPresent(g -> all.add(List.of("inspect", "-m", g.toString(), dir.toString())));
      for (List<String> args : all) {
        if (wanted(args)) {
          run(args, inFixture);
        }
      }
      // The commands that look go up on PATH take other paths when it is there: train those too, whatever the
      // PATH of the run that made the archive.
      if (go.isPresent()) {
        java.util.Map<String, String> env = new java.util.HashMap<>(context.env());
        env.put("PATH", go.get().getParent() + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
        CliContext withGo = new CliContext(env, dir, false);
        String healthy = dir.resolve("healthy").toString();
        for (String[] args : new String[][] {{"env", "-json"}, {"env"}, {"which-go"}, {"doctor"},
            {"doctor", "--dir", healthy}, {"doctor", "-v", "--dir", healthy}}) {
          if (wanted(List.of(args))) {
            run(List.of(args), withGo);
          }
        }
        // Outside any module (the file system's root has no go.mod), GOMOD takes its other branch.
        CliContext outside = new CliContext(env, dir.getRoot(), false);
        for (String[] args : new String[][] {{"env", "-json"}, {"env"}}) {
          if (wanted(List.of(args))) {
            run(List.of(args), outside);
          }
        }
      }
    } finally {
      deleteTree(dir);
    }
  }

  private static void run(List<String> args, CliContext context) {
    // Encoded as Console's writers encode stdout, so that the archive holds the encoder's classes too.
    PrintWriter w = new PrintWriter(
        new java.io.OutputStreamWriter(java.io.OutputStream.nullOutputStream(), StandardCharsets.UTF_8), false);
    Gomedic.run(args.toArray(String[]::new), w, w, context);
    w.flush();
  }

  /**
   * A {@code go} executable on PATH, or else the first go installation discovery finds (the launcher's training
   * run may not see the user's PATH): the one Go binary most machines have, so that the training run also
   * decodes build info (the classes {@code inspect -m} needs on every Go binary).
   */
  private java.util.Optional<Path> goOnPath() {
    java.util.Optional<Path> go = onPath();
    if (go.isPresent()) {
      return go;
    }
    return EnvCommand.discover(Hosts.of(context, context.workingDir())).toolchains().stream()
        .map(dev.gomedic.discovery.Toolchain::executable).findFirst();
  }

  /** The first {@code go} executable on PATH. */
  private java.util.Optional<Path> onPath() {
    String path = context.env().getOrDefault("PATH", "");
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (d.isEmpty()) {
        continue;
      }
      Path go = Path.of(d, "go");
      if (Files.isRegularFile(go) && Files.isExecutable(go)) {
        return java.util.Optional.of(go);
      }
    }
    return java.util.Optional.empty();
  }

  static List<List<String>> invocations(Path dir) {
    List<List<String>> all = new ArrayList<>();
    all.add(List.of("--version"));
    all.add(List.of("--help"));
    all.add(List.of("no-such-command"));
    all.add(List.of("help", "toolchain", "install"));
    all.add(List.of("help", "exit-codes"));
    all.add(List.of("completion", "bash"));
    all.add(List.of("__complete", "toolchain", ""));
    all.add(List.of("doctor", "--dir", dir.toString()));
    all.add(List.of("doctor", "--json", "--dir", dir.toString()));
    all.add(List.of("doctor", "--sarif", "--dir", dir.toString()));
    all.add(List.of("doctor", "--fix", "--dir", dir.toString()));
    all.add(List.of("explain", dir.resolve("go.sum").toString(), "--dir", dir.toString()));
    all.add(List.of("explain", "--json", dir.resolve("go.sum").toString(), "--dir", dir.toString()));
    all.add(List.of("mod", "fmt"));
    all.add(List.of("mod", "edit", "-json"));
    all.add(List.of("mod", "edit", "-print", "-require=example.com/new@v1.2.3", "-droprequire=golang.org/x/text",
        "-replace=example.com/a@v1.0.0=../a", "-exclude=example.com/b@v1.0.0", "-retract=[v0.1.0,v0.2.0]",
        "-go=1.23.0", "-toolchain=go1.23.4", "-godebug=panicnil=1", "-tool=example.com/train/cmd/t"));
    all.add(List.of("mod", "edit", "-fmt", "no-such-go.mod"));
    // inspect: the ELF/Mach-O/PE readers on this JVM's own launcher, every output form, and a non-binary.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    all.add(List.of("inspect", java, dir.resolve("go.mod").toString()));
    all.add(List.of("inspect", "--json", java));
    all.add(List.of("inspect", "-m", java, dir.toString()));
    all.add(List.of("inspect", "-r", dir.toString()));
    // Mach-O (thin and universal) and PE, which the machine making the archive may have none of.
    String bins = dir.resolve("bin").toString();
    all.add(List.of("inspect", "-m", bins));
    all.add(List.of("inspect", "-r", bins));
    all.add(List.of("inspect", "--json", "-r", bins));
    all.add(List.of("env"));
    all.add(List.of("env", "-json"));
    // The same output through picocli (the env group's archive): an option makes the line too long to bypass it.
    all.add(List.of("env", "--dir", dir.toString(), "-json"));
    all.add(List.of("env", "--dir", dir.toString()));
    all.add(List.of("env", "GOPATH", "GOMOD"));
    all.add(List.of("env", "--explain", "--dir", dir.toString()));
    all.add(List.of("which-go"));
    // toolchain/verify: nothing here touches the network or writes outside the fixture.
    String gomod = dir.resolve("go.mod").toString();
    all.add(List.of("verify", gomod, "--sha256", "0".repeat(64), "--go-release"));
    all.add(List.of("toolchain", "list"));
    all.add(List.of("toolchain", "which", "--dir"));
    all.add(List.of("toolchain", "install", "--help"));
    all.add(List.of("exec", "--help"));
    all.add(List.of("shell-init", "bash"));
    return all;
  }

  private static void writeFixture(Path dir) {
    try {
      Files.writeString(
          dir.resolve("go.mod"),
          """
          // Deprecated: training fixture.
          module example.com/train

          go 1.22.0

          toolchain go1.22.5

          require (
          \tgolang.org/x/text v0.14.0
          \texample.com/old v1.0.0 // indirect
          )

          replace example.com/old => ./old

          exclude golang.org/x/text v0.13.0

          retract [v0.0.1, v0.0.3] // broken
          """,
          StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("go.sum"),
          "golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
              + "golang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n",
          StandardCharsets.UTF_8);
      // A project doctor finds nothing wrong with (with a go on PATH): its report takes other code paths.
      Files.createDirectories(dir.resolve("healthy"));
      Files.writeString(dir.resolve("healthy/go.mod"), "module example.com/healthy\n\ngo 1.19\n",
          StandardCharsets.UTF_8);
      TrainingBinaries.write(Files.createDirectories(dir.resolve("bin")));
      Files.createDirectories(dir.resolve("old"));
      Files.writeString(dir.resolve("old/go.mod"), "module example.com/old\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }
}
