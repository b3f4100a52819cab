package dev.gomedic.mod.vendor;

import dev.gomedic.mod.gover.GoVersion;
import dev.gomedic.mod.gover.ModVersions;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.semver.Semver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * vendor/modules.txt read the way the go command reads it (cmd/go/internal/modload, 1.19 and the
 * newest): every line it understands goes into the model, every line it silently skips is listed in
 * {@link #ignored()} with its line number and why. Immutable.
 */
public final class VendorList {

  /** Default size limit for {@link #parse(InputStream, String)}: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  /**
   * What modules.txt says about one module (merged over all its lines, as go merges them).
   *
   * @param replacement the replacement, or null; a directory replacement has version ""
   * @param goVersion the "## go 1.N" annotation, or ""
   */
  public record Metadata(boolean explicit, ModuleVersion replacement, String goVersion) {
    static final Metadata NONE = new Metadata(false, null, "");
  }

  /**
   * One "# " module line.
   *
   * @param module the module; version "" for a wildcard replacement line ("# path => dir")
   * @param replacement the replacement on this line, or null
   */
  public record ModuleLine(int line, ModuleVersion module, ModuleVersion replacement) {}

  /** One package line: an import path vendored from {@code module}. */
  public record PackageLine(int line, String importPath, ModuleVersion module) {}

  /** A line the go command skips without a word, and why. */
  public record IgnoredLine(int line, String text, String reason) {}

  private final String name;
  private final boolean workspace;
  private final List<ModuleLine> moduleLines;
  private final List<PackageLine> packages;
  private final List<IgnoredLine> ignored;
  private final Map<ModuleVersion, Metadata> meta;
  private final List<ModuleVersion> vendorList;
  private final List<ModuleVersion> replaced;
  private final Map<String, String> selected;
  private final Map<String, ModuleVersion> packageModule;

  private VendorList(Builder b) {
    this.name = b.name;
    this.workspace = b.workspace;
    this.moduleLines = List.copyOf(b.moduleLines);
    this.packages = List.copyOf(b.packages);
    this.ignored = List.copyOf(b.ignored);
    this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(b.meta));
    this.vendorList = List.copyOf(b.vendorList);
    this.replaced = List.copyOf(b.replaced);
    this.selected = Collections.unmodifiableMap(new LinkedHashMap<>(b.selected));
    this.packageModule = Collections.unmodifiableMap(new LinkedHashMap<>(b.packageModule));
  }

  /**
   * Parses modules.txt content. Never fails: the go command reports nothing about this file's
   * syntax, so lines it does not understand land in {@link #ignored()}.
   *
   * @param name display name, e.g. "vendor/modules.txt"
   */
  public static VendorList parse(byte[] data, String name) {
    return parse(new String(data, StandardCharsets.UTF_8), name);
  }

  /** Like {@link #parse(byte[], String)}. */
  public static VendorList parse(String text, String name) {
    Builder b = new Builder(name);
    ModuleVersion mod = null;
    int lineNo = 0;
    int start = 0;
    boolean first = true;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      String line = nl < 0 ? text.substring(start) : text.substring(start, nl);
      start = nl < 0 ? text.length() + 1 : nl + 1;
      lineNo++;
      if (first) {
        first = false;
        b.workspace = line.startsWith("## ") && hasAnnotation(line.substring(3), "workspace");
      }
      if (line.startsWith("# ")) {
        mod = b.moduleLine(lineNo, line, mod);
        continue;
      }
      if (mod == null) {
        if (!line.isBlank() && !(lineNo == 1 && b.workspace)) {
          b.ignore(lineNo, line, "no module line before it");
        }
        continue;
      }
      if (line.startsWith("## ")) {
        b.annotations(mod, line.substring(3));
        continue;
      }
      List<String> f = Fields.of(line, 2);
      if (f.size() == 1 && ModulePath.isValidImportPath(f.get(0))) {
        b.packageLine(lineNo, f.get(0), mod);
      } else if (!f.isEmpty()) {
        b.ignore(lineNo, line, f.size() == 1 ? "not a valid import path" : "more than one field");
      }
    }
    return new VendorList(b);
  }

  /** Reads at most {@code maxBytes}; a longer stream is an {@link IOException}, not a truncation. */
  public static VendorList parse(InputStream in, String name, long maxBytes) throws IOException {
    int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] data = in.readNBytes(limit + 1);
    if (data.length > limit) {
      throw new IOException(name + ": file too large (more than " + limit + " bytes)");
    }
    return parse(data, name);
  }

  public static VendorList parse(InputStream in, String name) throws IOException {
    return parse(in, name, DEFAULT_MAX_BYTES);
  }

  static boolean hasAnnotation(String annotations, String word) {
    for (String entry : annotations.split(";", -1)) {
      if (entry.strip().equals(word)) {
        return true;
      }
    }
    return false;
  }

  public String name() {
    return name;
  }

  /** Whether the first line is a "## workspace" annotation (written by {@code go work vendor}). */
  public boolean workspace() {
    return workspace;
  }

  /** The module lines the go command understood, in file order. */
  public List<ModuleLine> moduleLines() {
    return moduleLines;
  }

  /** The package lines, in file order. */
  public List<PackageLine> packages() {
    return packages;
  }

  /** Lines the go command skips silently. */
  public List<IgnoredLine> ignored() {
    return ignored;
  }

  /** Merged metadata of a module (version "" for wildcard replacements). */
  public Metadata metadata(ModuleVersion module) {
    return meta.getOrDefault(module, Metadata.NONE);
  }

  /** Modules that provide packages, in the order go records them (its vendorList). */
  public List<ModuleVersion> providingModules() {
    return vendorList;
  }

  /** Modules marked as replaced, in file order (may repeat, as in go). */
  public List<ModuleVersion> replacedModules() {
    return replaced;
  }

  /** The version of {@code path} that provides packages, if any (go's vendorVersion). */
  public Optional<String> selectedVersion(String path) {
    return Optional.ofNullable(selected.get(path));
  }

  /** The module a vendored package comes from. */
  public Optional<ModuleVersion> moduleOfPackage(String importPath) {
    return Optional.ofNullable(packageModule.get(importPath));
  }

  /**
   * The newest Go's check of "## go" annotations against the running Go: the first module whose go
   * version is newer gives the go command's error, e.g. {@code example.com/m in vendor/modules.txt
   * requires go >= 1.99 (running go 1.22.0)}. Go 1.19 does not check this.
   */
  public Optional<String> tooNew(String localGoVersion) {
    for (ModuleLine ml : moduleLines) {
      String v = metadata(ml.module()).goVersion();
      if (!v.isEmpty() && GoVersion.compare(v, localGoVersion) > 0) {
        return Optional.of(ml.module().path() + " in " + name + " requires go >= " + v
            + " (running go " + localGoVersion + ")");
      }
    }
    return Optional.empty();
  }

  private static final class Builder {
    final String name;
    boolean workspace;
    final List<ModuleLine> moduleLines = new ArrayList<>();
    final List<PackageLine> packages = new ArrayList<>();
    final List<IgnoredLine> ignored = new ArrayList<>();
    final Map<ModuleVersion, Metadata> meta = new HashMap<>();
    final List<ModuleVersion> vendorList = new ArrayList<>();
    final List<ModuleVersion> replaced = new ArrayList<>();
    final Map<String, String> selected = new HashMap<>();
    final Map<String, ModuleVersion> packageModule = new HashMap<>();

    Builder(String name) {
      this.name = name;
    }

    void ignore(int line, String text, String reason) {
      ignored.add(new IgnoredLine(line, text, reason));
    }

    /** Handles a "# " line; returns the current module afterwards (null when not understood). */
    ModuleVersion moduleLine(int lineNo, String line, ModuleVersion current) {
      List<String> f = Fields.of(line, 7); // 7 fields tell every form go reads from "too many"
      if (f.size() < 3) {
        ignore(lineNo, line, "module line with fewer than 3 fields");
        return current; // go skips the line but keeps the module before it current
      }
      ModuleVersion mod;
      List<String> rest;
      if (Semver.isValid(f.get(2))) {
        mod = new ModuleVersion(f.get(1), f.get(2));
        rest = f.subList(3, f.size());
      } else if (f.get(2).equals("=>")) {
        mod = new ModuleVersion(f.get(1), "");
        rest = f.subList(2, f.size());
      } else {
        ignore(lineNo, line, "neither a version nor => after the module path");
        return null;
      }
      ModuleVersion repl = null;
      if (rest.size() >= 2 && rest.get(0).equals("=>")) {
        if (rest.size() == 2) {
          repl = new ModuleVersion(rest.get(1), "");
        } else if (rest.size() == 3 && Semver.isValid(rest.get(2))) {
          repl = new ModuleVersion(rest.get(1), rest.get(2));
        } else {
          ignore(lineNo, line, "replacement not understood");
        }
        if (repl != null) {
          replaced.add(mod);
          Metadata m = meta.getOrDefault(mod, Metadata.NONE);
          meta.put(mod, new Metadata(m.explicit(), repl, m.goVersion()));
        }
      } else if (!rest.isEmpty()) {
        ignore(lineNo, line, "unexpected text after the module");
      }
      moduleLines.add(new ModuleLine(lineNo, mod, repl));
      return mod;
    }

    void annotations(ModuleVersion mod, String text) {
      Metadata m = meta.getOrDefault(mod, Metadata.NONE);
      boolean explicit = m.explicit();
      String go = m.goVersion();
      for (String entry : text.split(";", -1)) {
        entry = entry.strip();
        if (entry.equals("explicit")) {
          explicit = true;
        }
        if (entry.startsWith("go ")) {
          go = entry.substring(3);
        }
      }
      meta.put(mod, new Metadata(explicit, m.replacement(), go));
    }

    void packageLine(int lineNo, String pkg, ModuleVersion mod) {
      packages.add(new PackageLine(lineNo, pkg, mod));
      packageModule.put(pkg, mod);
      String v = selected.get(mod.path());
      if (v == null || compareVersions(mod.path(), v, mod.version()) < 0) {
        vendorList.add(mod);
        selected.put(mod.path(), mod.version());
      }
    }
  }

  static int compareVersions(String path, String x, String y) {
    return ModVersions.compare(path, x, y); // newest go; 1.19 used semver, the same for real modules
  }
}
