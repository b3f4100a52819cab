package dev.gomedic.testkit.proxy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic module versions for proxy and cache tests: the same seed gives the same paths, versions,
 * requirements and bytes. Module {@code i} requires module {@code i + 1} (so a chain gives a build list to
 * compute); every third module says {@code go 1.16} (its requirements are not pruned), the others {@code go
 * 1.19}. Paths include upper case letters (escaped as {@code !x} in the cache); files include nested
 * directories, a LICENSE and names with spaces and non-ASCII letters.
 */
public final class ModuleGenerator {
  private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "Kappa", "omega", "zeta", "Ünïcode"};
  private static final String[] VERSIONS = {"v1.0.0", "v0.3.1", "v1.2.3", "v0.0.0-20200101000000-abcdefabcdef",
      "v1.4.0-rc.1", "v0.9.9"};

  private ModuleGenerator() {}

  /** {@code count} module versions from {@code seed}. */
  public static List<GeneratedModule> generate(long seed, int count) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String[]> ids = ids(rnd, seed, count);
    List<GeneratedModule> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(module(rnd, ids.get(i)[0], ids.get(i)[1], goLine(i), requires(ids, i)));
    }
    return out;
  }

  /**
   * {@code count} module versions from {@code seed} that build and vendor: module {@code i}'s root package
   * imports its {@code lib} package, which imports module {@code i + 1}'s {@code lib}, so {@code go mod vendor}
   * of a main module importing module 0 copies module 0's root and every module's lib. Each holds what the
   * vendor rules treat specially: lib has a {@code _test.go} file (whose {@code //go:embed} file is vendored), a
   * file tagged {@code //go:build ignore}, one tagged {@code // +build ignore}, one tagged {@code !windows}
   * (kept), {@code //go:embed} patterns for a glob and a directory (hidden and {@code _} files left out), a
   * NOTICE, and a subdirectory that is a package nobody imports; the root has a LICENSE and a COPYING (copied
   * from the parent directory when only lib is vendored) and a second package in {@code extra/}.
   */
  public static List<GeneratedModule> buildable(long seed, int count) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<String[]> ids = ids(rnd, seed, count);
    List<GeneratedModule> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String path = ids.get(i)[0];
      String version = ids.get(i)[1];
      List<String> requires = requires(ids, i);
      String mod = goMod(path, goLine(i), requires);
      String pkg = packageName(path);
      String next = i + 1 < count ? ids.get(i + 1)[0] + "/lib" : "";
      Map<String, byte[]> files = new LinkedHashMap<>();
      put(files, "go.mod", mod);
      put(files, "LICENSE", "Licence of " + path + "\n");
      put(files, "COPYING", "Copying " + path + " " + rnd.nextInt(1000) + "\n");
      put(files, pkg + ".go", "package " + pkg + "\n\nimport \"" + path + "/lib\"\n\n// V is the version.\n"
          + "const V = \"" + version + "\"\n\nfunc Name() string { return lib.Name() }\n");
      put(files, "extra/extra.go", "package extra\n\nconst E = " + rnd.nextInt(1000) + "\n");
      put(files, "lib/lib.go", "package lib\n\nimport (\n\t\"embed\"\n" + (next.isEmpty() ? "" : "\n\tnext \""
          + next + "\"\n") + ")\n\n//go:embed data/*.txt\nvar Data embed.FS\n\n//go:embed static\n"
          + "var Static embed.FS\n\n// Name names the chain.\nfunc Name() string { return \"" + pkg + "\"" + (next.isEmpty()
          ? "" : " + next.Name()") + " }\n");
      put(files, "lib/lib_test.go", "package lib\n\nimport (\n\t_ \"embed\"\n\t\"testing\"\n)\n\n"
          + "//go:embed testdata/golden.txt\nvar golden string\n\nfunc TestName(t *testing.T) { _ = golden }\n");
      put(files, "lib/testdata/golden.txt", "golden " + rnd.nextInt(1000) + "\n");
      put(files, "lib/testdata/other.txt", "not embedded\n");
      put(files, "lib/gen.go", "//go:build ignore\n\npackage main\n\nfunc main() {}\n");
      put(files, "lib/old.go", "// +build ignore\n\npackage main\n\nfunc main() {}\n");
      put(files, "lib/unix.go", "//go:build !windows\n\npackage lib\n\nconst unix = true\n");
      put(files, "lib/NOTICE", "Notice " + rnd.nextInt(1000) + "\n");
      put(files, "lib/README.md", "# lib\n");
      put(files, "lib/data/a.txt", text(rnd, 300));
      put(files, "lib/data/b.txt", text(rnd, 300));
      put(files, "lib/data/c.json", "{}\n");
      put(files, "lib/static/index.html", "<p>" + pkg + "</p>\n");
      put(files, "lib/static/css/site.css", "p{}\n");
      put(files, "lib/static/.hidden", "hidden\n");
      put(files, "lib/static/_draft.html", "draft\n");
      put(files, "lib/sub/sub.go", "package sub\n\nconst S = 1\n");
      out.add(new GeneratedModule(path, version, requires, mod, files));
    }
    return out;
  }

  private static List<String[]> ids(SplittableRandom rnd, long seed, int count) {
    List<String[]> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String word = WORDS[rnd.nextInt(WORDS.length - 1)];
      ids.add(new String[] {"example.com/gen" + seed + "/" + word + i, VERSIONS[rnd.nextInt(VERSIONS.length)]});
    }
    return ids;
  }

  private static List<String> requires(List<String[]> ids, int i) {
    return i + 1 < ids.size() ? List.of(ids.get(i + 1)[0] + "@" + ids.get(i + 1)[1]) : List.of();
  }

  private static String goLine(int i) {
    return i % 3 == 2 ? "1.16" : "1.19";
  }

  private static String goMod(String path, String go, List<String> requires) {
    StringBuilder mod = new StringBuilder("module " + path + "\n\ngo " + go + "\n");
    for (String r : requires) {
      int at = r.lastIndexOf('@');
      mod.append("\nrequire ").append(r, 0, at).append(' ').append(r.substring(at + 1)).append('\n');
    }
    return mod.toString();
  }

  private static String packageName(String path) {
    return path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "").toLowerCase();
  }

  private static void put(Map<String, byte[]> files, String name, String text) {
    files.put(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(SplittableRandom rnd, int max) {
    StringBuilder b = new StringBuilder();
    int n = 1 + rnd.nextInt(max);
    for (int j = 0; j < n; j++) {
      b.append((char) ('a' + rnd.nextInt(26)));
      if (j % 60 == 59) {
        b.append('\n');
      }
    }
    return b.append('\n').toString();
  }

  private static GeneratedModule module(SplittableRandom rnd, String path, String version, String go,
      List<String> requires) {
    String mod = goMod(path, go, requires);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("go.mod", mod.getBytes(StandardCharsets.UTF_8));
    files.put("LICENSE", ("Licence of " + path + "\n").getBytes(StandardCharsets.UTF_8));
    String pkg = packageName(path);
    files.put(pkg + ".go", ("package " + pkg + "\n\nconst V = \"" + version + "\"\n").getBytes(StandardCharsets.UTF_8));
    int n = 2 + rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      String dir = i % 2 == 0 ? "" : WORDS[rnd.nextInt(WORDS.length)].toLowerCase() + "/";
      String name = dir + (i == 3 ? "with space " : "f") + i + (rnd.nextBoolean() ? ".txt" : ".go");
      byte[] data = new byte[rnd.nextInt(2000)];
      for (int j = 0; j < data.length; j++) {
        data[j] = (byte) ('a' + rnd.nextInt(26));
      }
      files.put(name, data);
    }
    return new GeneratedModule(path, version, requires, mod, files);
  }
}
