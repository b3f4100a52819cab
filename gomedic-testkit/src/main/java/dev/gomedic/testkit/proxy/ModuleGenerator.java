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
    List<String> paths = new ArrayList<>();
    List<String> versions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String word = WORDS[rnd.nextInt(WORDS.length - 1)];
      paths.add("example.com/gen" + seed + "/" + word + i);
      versions.add(VERSIONS[rnd.nextInt(VERSIONS.length)]);
    }
    List<GeneratedModule> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> requires = i + 1 < count ? List.of(paths.get(i + 1) + "@" + versions.get(i + 1)) : List.of();
      String go = i % 3 == 2 ? "1.16" : "1.19";
      out.add(module(rnd, paths.get(i), versions.get(i), go, requires));
    }
    return out;
  }

  private static GeneratedModule module(SplittableRandom rnd, String path, String version, String go,
      List<String> requires) {
    StringBuilder mod = new StringBuilder("module " + path + "\n\ngo " + go + "\n");
    for (String r : requires) {
      int at = r.lastIndexOf('@');
      mod.append("\nrequire ").append(r, 0, at).append(' ').append(r.substring(at + 1)).append('\n');
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("go.mod", mod.toString().getBytes(StandardCharsets.UTF_8));
    files.put("LICENSE", ("Licence of " + path + "\n").getBytes(StandardCharsets.UTF_8));
    String pkg = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", "").toLowerCase();
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
    return new GeneratedModule(path, version, requires, mod.toString(), files);
  }
}
