package dev.gomedic.mod.modgraph;

import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.modfile.Exclude;
import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.ModFileException;
import dev.gomedic.mod.modfile.Replace;
import dev.gomedic.mod.modfile.Require;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.semver.Semver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The build list of one or more main modules, as the go command's module graph (modload.readModGraph and
 * mvs.Graph) computes it from go.mod files alone. See the package documentation.
 */
public final class BuildList {
  /** Where the go.mod of a (replacement) module version comes from: the module cache's {@code .mod} file. */
  @FunctionalInterface
  public interface GoModSource {
    /** The go.mod bytes of {@code m}, or empty when they are not available offline. */
    Optional<byte[]> goMod(ModuleVersion m) throws IOException;
  }

  /** A main module: its parsed go.mod and the directory holding it. */
  public record Main(ModFile file, Path dir) {
    String path() {
      return file.module() == null ? "" : file.module().path();
    }
  }

  private final Set<String> mainPaths = new HashSet<>();
  private final Map<String, Replace> replaceAll = new HashMap<>();
  private final Map<ModuleVersion, Replace> replaceOne = new HashMap<>();
  private final Set<ModuleVersion> excluded = new HashSet<>();
  private final Map<String, String> selected = new LinkedHashMap<>();
  private final Map<ModuleVersion, ModuleVersion> replacements = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final List<Main> mains;
  private final GoModSource source;

  private BuildList(List<Main> mains, List<Replace> workReplaces, GoModSource source) {
    this.mains = mains;
    this.source = source;
    for (Main m : mains) {
      mainPaths.add(m.path());
      for (Exclude e : m.file().excludes()) {
        excluded.add(new ModuleVersion(e.path(), e.version()));
      }
      if (workReplaces == null) {
        addReplaces(m.file().replaces(), m.dir());
      }
    }
    if (workReplaces != null) {
      for (Main m : mains) {
        addReplaces(m.file().replaces(), m.dir());
      }
      addReplaces(workReplaces, null);
    }
  }

  private void addReplaces(List<Replace> list, Path dir) {
    for (Replace r : list) {
      Replace resolved = r.newVersion().isEmpty() && dir != null
          ? new Replace(r.oldPath(), r.oldVersion(), dir.resolve(r.newPath()).normalize().toString(), "", r.syntax())
          : r;
      if (r.oldVersion().isEmpty()) {
        replaceAll.put(r.oldPath(), resolved);
      } else {
        replaceOne.put(r.oldModule(), resolved);
      }
    }
  }

  /**
   * The build list of a single main module (not a workspace): every module version the graph selects, sorted
   * by path, without the main module.
   */
  public static Result of(Main main, GoModSource source) {
    return new BuildList(List.of(main), null, source).load(isPruned(main.file()));
  }

  /** The build list of a workspace: its modules are all main modules; go.work's replacements win. */
  public static Result ofWorkspace(List<Main> mains, List<Replace> workReplaces, GoModSource source) {
    return new BuildList(mains, workReplaces, source).load(true);
  }

  /**
   * The computed list.
   *
   * @param modules the selected versions, without main modules, sorted as module.Sort sorts
   * @param replacements each listed module that is replaced, with its replacement (a version "" means a
   *     directory, whose path is then absolute)
   * @param problems go.mod files that could not be read or parsed; the list is then a lower bound
   */
  public record Result(List<ModuleVersion> modules, Map<ModuleVersion, ModuleVersion> replacements,
      List<String> problems) {
    public Result {
      modules = List.copyOf(modules);
      replacements = Map.copyOf(replacements);
      problems = List.copyOf(problems);
    }
  }

  private record Pending(ModuleVersion module, boolean unpruned) {}

  private Result load(boolean mainPruned) {
    Set<ModuleVersion> loaded = new HashSet<>();
    Set<ModuleVersion> loadedUnpruned = new HashSet<>();
    Deque<Pending> queue = new ArrayDeque<>();
    for (Main m : mains) {
      for (Require r : m.file().requires()) {
        if (require(r.mod())) {
          queue.add(new Pending(r.mod(), !mainPruned));
        }
      }
    }
    while (!queue.isEmpty()) {
      Pending p = queue.poll();
      if (!(p.unpruned() ? loadedUnpruned : loaded).add(p.module())) {
        continue;
      }
      Optional<ModFile> f = goModOf(p.module());
      if (f.isEmpty()) {
        continue;
      }
      boolean depUnpruned = !isPruned(f.get());
      for (Require r : f.get().requires()) {
        if (require(r.mod()) && (p.unpruned() || depUnpruned)) {
          queue.add(new Pending(r.mod(), p.unpruned() || depUnpruned));
        }
      }
    }
    List<ModuleVersion> list = new ArrayList<>();
    selected.forEach((path, v) -> list.add(new ModuleVersion(path, v)));
    ModulePath.sort(list);
    Map<ModuleVersion, ModuleVersion> repl = new LinkedHashMap<>();
    for (ModuleVersion m : list) {
      Replace r = replacement(m);
      if (r != null) {
        repl.put(m, r.newModule());
      }
    }
    return new Result(list, repl, problems);
  }

  /** Records a requirement in the graph; false when it names a main module, "none" or an excluded version. */
  private boolean require(ModuleVersion m) {
    if (mainPaths.contains(m.path()) || m.version().equals("none") || excluded.contains(m)) {
      return false;
    }
    String cur = selected.get(m.path());
    if (cur == null || Semver.compare(m.version(), cur) > 0) {
      selected.put(m.path(), m.version());
    }
    return true;
  }

  private Replace replacement(ModuleVersion m) {
    Replace r = replaceOne.get(m);
    return r != null ? r : replaceAll.get(m.path());
  }

  private Optional<ModFile> goModOf(ModuleVersion m) {
    Replace r = replacement(m);
    String shown = r == null ? m + "/go.mod" : r.newVersion().isEmpty() ? r.newPath() + "/go.mod"
        : r.newModule() + "/go.mod";
    try {
      Optional<byte[]> data = r == null ? source.goMod(m)
          : r.newVersion().isEmpty() ? readDir(Path.of(r.newPath()))
          : source.goMod(r.newModule());
      if (data.isEmpty()) {
        problems.add(m + ": go.mod not in the module cache (" + shown + "): 'go mod download "
            + (r == null ? m.path() : r.newPath()) + "' fetches it");
        return Optional.empty();
      }
      return Optional.of(ModFile.parseLax(shown, data.get(), null));
    } catch (ModFileException e) {
      problems.add(m + ": " + e.getMessage());
    } catch (IOException e) {
      problems.add(m + ": reading " + shown + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<byte[]> readDir(Path dir) throws IOException {
    Path f = dir.resolve("go.mod");
    return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
  }

  /** Whether a go.mod's go line enables graph pruning (go 1.17 and later; no go line means 1.16). */
  static boolean isPruned(ModFile f) {
    String v = f.go() == null ? "1.16" : f.go().version();
    return GoVersion.compare(v, "1.17") >= 0;
  }
}
