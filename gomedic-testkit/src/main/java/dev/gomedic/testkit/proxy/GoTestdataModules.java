package dev.gomedic.testkit.proxy;

import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cmd/go's own proxy modules ({@code src/cmd/go/testdata/mod/*.txt}, one module version each): the {@code .mod}
 * and {@code .info} sections, and every other file, which goes into the zip (as cmd/go's test proxy does).
 */
public final class GoTestdataModules {
  private static final Pattern MODULE = Pattern.compile("(?m)^module\\s+\"?([^\"\\s]+)\"?");
  private static final Pattern VERSION = Pattern.compile("\"Version\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern REQUIRE = Pattern.compile("(?m)^\\s*(?:require\\s+)?\"?([a-z0-9.]+\\.[a-z]+/[^\"\\s]*)\"?\\s+(v[^\\s]+)");

  private GoTestdataModules() {}

  /** The module version of one txtar file. */
  public static GeneratedModule read(Path txtar) throws IOException {
    Txtar t = Txtar.read(txtar);
    String mod = t.file(".mod");
    Matcher m = MODULE.matcher(mod);
    Matcher v = VERSION.matcher(t.file(".info"));
    if (!m.find() || !v.find()) {
      throw new IOException(txtar + ": no module line in .mod or no Version in .info");
    }
    List<String> requires = new ArrayList<>();
    Matcher r = REQUIRE.matcher(mod);
    while (r.find()) {
      requires.add(r.group(1) + "@" + r.group(2));
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Txtar.File f : t.files()) {
      if (!f.name().startsWith(".")) {
        files.put(f.name(), f.data().getBytes(StandardCharsets.UTF_8));
      }
    }
    return new GeneratedModule(m.group(1), v.group(1), requires, mod, files);
  }
}
