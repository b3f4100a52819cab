package dev.gomedic.testkit.gomod;

import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The corpus of real-world go.mod and go.work files for the differential test against the go command.
 *
 * <p>Sources, in this order:
 *
 * <ul>
 *   <li>{@value #SCRIPT}: every file named {@code go.mod} or {@code go.work} inside the txtar archives of
 *       {@code src/cmd/go/testdata/script/*.txt} (the go command's own script tests, many deliberately odd);
 *   <li>{@value #SCRIPT_VARIANT}: the other go.mod-shaped entries of the same archives ({@code go.mod.orig},
 *       {@code go.work.want}, {@code go.mod2}, ...), except JSON ones;
 *   <li>{@value #MOD_PROXY}: the {@code .mod} and {@code go.mod} entries of {@code src/cmd/go/testdata/mod/*.txt}
 *       (the module proxy fixtures);
 *   <li>{@value #GO_SOURCE}: the go.mod and go.work files of the Go source tree itself;
 *   <li>{@value #GOCODE}: every go.mod below {@code /usr/share/gocode/src} (Debian's golang-*-dev packages);
 *   <li>{@value #GOCODE_TXTAR}: the {@code go.mod}, {@code go.work} and {@code .mod} entries of txtar archives
 *       ({@code *.txt}, {@code *.txtar}) in {@code testdata} directories there (x/tools, x/mod, go-internal, ...);
 *   <li>{@value #XMOD_TESTDATA}: x/mod's {@code modfile/testdata/*.in} (go.mod) and {@code work/*.in} (go.work).
 * </ul>
 *
 * Entries are listed in a stable order (sorted by path, then by position in the archive).
 */
public final class ModFileCorpus {
  public static final String SCRIPT = "go-script";
  public static final String SCRIPT_VARIANT = "go-script-variant";
  public static final String MOD_PROXY = "go-mod-proxy";
  public static final String GO_SOURCE = "go-source";
  public static final String GOCODE = "gocode";
  public static final String GOCODE_TXTAR = "gocode-txtar";
  public static final String XMOD_TESTDATA = "xmod-testdata";

  /** Archives larger than this are not test fixtures; skip them. */
  private static final long MAX_ARCHIVE = 1 << 20;

  /** Archive entries that hold go.mod/go.work text under another name: go.mod.orig, go.mod2, go.work.want... */
  private static final Pattern VARIANT = Pattern.compile("go\\.(mod|work)([._-].*|\\d+|drop)");

  private ModFileCorpus() {}

  /** The whole corpus: the go command's testdata and tree below {@code goSrc}, then {@code gocode}. */
  public static List<CorpusFile> all(Path goSrc, Path gocode) {
    List<CorpusFile> all = new ArrayList<>();
    Path testdata = goSrc.resolve("cmd/go/testdata");
    all.addAll(scriptArchives(testdata.resolve("script")));
    all.addAll(modProxyArchives(testdata.resolve("mod")));
    all.addAll(tree(goSrc, GO_SOURCE));
    if (Files.isDirectory(gocode)) {
      all.addAll(tree(gocode, GOCODE));
      all.addAll(testdataArchives(gocode, GOCODE_TXTAR));
      Path xmod = gocode.resolve("golang.org/x/mod/modfile/testdata");
      if (Files.isDirectory(xmod)) {
        all.addAll(xmodTestdata(xmod));
      }
    }
    return all;
  }

  /** How many files each source contributed, in source order. */
  public static Map<String, Integer> countBySource(List<CorpusFile> files) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String s : List.of(SCRIPT, SCRIPT_VARIANT, MOD_PROXY, GO_SOURCE, GOCODE, GOCODE_TXTAR, XMOD_TESTDATA)) {
      counts.put(s, 0);
    }
    for (CorpusFile f : files) {
      counts.merge(f.source(), 1, Integer::sum);
    }
    return counts;
  }

  /** The go.mod/go.work entries (and their variants) of the script-test archives in {@code dir}. */
  public static List<CorpusFile> scriptArchives(Path dir) {
    List<CorpusFile> out = new ArrayList<>();
    for (Path archive : sortedFiles(dir, ".txt")) {
      Txtar txtar = readTxtar(archive);
      int index = 0;
      for (Txtar.File f : txtar.files()) {
        index++;
        String base = baseName(f.name());
        String source;
        if (base.equals("go.mod") || base.equals("go.work")) {
          source = SCRIPT;
        } else if (VARIANT.matcher(base).matches() && !base.endsWith("json")) {
          source = SCRIPT_VARIANT;
        } else {
          continue;
        }
        out.add(entry(source, archive, index, f));
      }
    }
    return out;
  }

  /** The entries named go.mod or go.work (in any directory) of one txtar archive, as files of {@code source}. */
  public static List<CorpusFile> archive(Path archive, String source) {
    List<CorpusFile> out = new ArrayList<>();
    int index = 0;
    for (Txtar.File f : readTxtar(archive).files()) {
      index++;
      String base = baseName(f.name());
      if (base.equals("go.mod") || base.equals("go.work")) {
        out.add(entry(source, archive, index, f));
      }
    }
    return out;
  }

  /** The go.mod entries ({@code .mod} and {@code go.mod}) of the module-proxy archives in {@code dir}. */
  public static List<CorpusFile> modProxyArchives(Path dir) {
    List<CorpusFile> out = new ArrayList<>();
    for (Path archive : sortedFiles(dir, ".txt")) {
      Txtar txtar = readTxtar(archive);
      int index = 0;
      for (Txtar.File f : txtar.files()) {
        index++;
        if (f.name().equals(".mod") || baseName(f.name()).equals("go.mod")) {
          out.add(
              new CorpusFile(
                  MOD_PROXY,
                  archive + "#" + index + ":" + f.name(),
                  FileKind.MOD,
                  f.data().getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    return out;
  }

  /** Every file named go.mod or go.work below {@code root}, following symbolic links, each real file once. */
  public static List<CorpusFile> tree(Path root, String source) {
    List<Path> found = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      walk.filter(p -> {
            String n = p.getFileName() == null ? "" : p.getFileName().toString();
            return (n.equals("go.mod") || n.equals("go.work")) && Files.isRegularFile(p);
          })
          .sorted()
          .forEach(p -> {
            try {
              if (seen.add(p.toRealPath())) {
                found.add(p);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CorpusFile> out = new ArrayList<>();
    for (Path p : found) {
      try {
        out.add(new CorpusFile(source, p.toString(), FileKind.ofName(p.getFileName().toString()),
            Files.readAllBytes(p)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /**
   * The {@code go.mod}, {@code go.work} and {@code .mod} entries of the txtar archives ({@code *.txt},
   * {@code *.txtar}, at most 1 MiB) inside {@code testdata} directories below {@code root}.
   */
  public static List<CorpusFile> testdataArchives(Path root, String source) {
    List<Path> archives;
    try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      archives = walk.filter(p -> {
            String n = p.getFileName() == null ? "" : p.getFileName().toString();
            return (n.endsWith(".txt") || n.endsWith(".txtar"))
                && p.toString().contains("/testdata/")
                && Files.isRegularFile(p);
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CorpusFile> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path archive : archives) {
      try {
        if (Files.size(archive) > MAX_ARCHIVE || !seen.add(archive.toRealPath())) {
          continue;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int index = 0;
      for (Txtar.File f : readTxtar(archive).files()) {
        index++;
        String base = baseName(f.name());
        if (base.equals("go.mod") || base.equals("go.work") || f.name().equals(".mod")) {
          out.add(entry(source, archive, index, f));
        }
      }
    }
    return out;
  }

  /** x/mod's printer fixtures: {@code *.in} are go.mod files, {@code work/*.in} go.work files. */
  public static List<CorpusFile> xmodTestdata(Path modfileTestdata) {
    List<CorpusFile> out = new ArrayList<>();
    for (Path in : sortedFiles(modfileTestdata, ".in")) {
      out.add(read(XMOD_TESTDATA, in, FileKind.MOD));
    }
    Path work = modfileTestdata.resolve("work");
    if (Files.isDirectory(work)) {
      for (Path in : sortedFiles(work, ".in")) {
        out.add(read(XMOD_TESTDATA, in, FileKind.WORK));
      }
    }
    return out;
  }

  private static CorpusFile read(String source, Path file, FileKind kind) {
    try {
      return new CorpusFile(source, file.toString(), kind, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CorpusFile entry(String source, Path archive, int index, Txtar.File f) {
    return new CorpusFile(
        source,
        archive + "#" + index + ":" + f.name(),
        FileKind.ofName(f.name()),
        f.data().getBytes(StandardCharsets.UTF_8));
  }

  private static List<Path> sortedFiles(Path dir, String suffix) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Txtar readTxtar(Path archive) {
    try {
      return Txtar.read(archive);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
