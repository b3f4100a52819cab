package dev.gomedic.testkit.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GOPROXY in a directory, for {@code GOPROXY=file:///...}: {@code PATH/@v/list}, {@code VERSION.info},
 * {@code VERSION.mod} and {@code VERSION.zip}, path and version escaped as the go command escapes them (each
 * upper-case letter as {@code !} and its lower case). The zips are made by the caller (with the code under
 * test), so this kit does not depend on it.
 */
public final class FileProxy {
  /** Writes the zip of one module version. */
  @FunctionalInterface
  public interface ZipMaker {
    void write(GeneratedModule m, Path zip) throws IOException;
  }

  private FileProxy() {}

  /** Writes every module into {@code root} and returns {@code file://ROOT}. */
  public static String write(Path root, List<GeneratedModule> modules, ZipMaker zips) throws IOException {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (GeneratedModule m : modules) {
      Path at = root.resolve(escape(m.path())).resolve("@v");
      Files.createDirectories(at);
      String v = escape(m.version());
      Files.write(at.resolve(v + ".mod"), m.goMod());
      Files.writeString(at.resolve(v + ".info"),
          "{\"Version\":\"" + m.version() + "\",\"Time\":\"2020-01-01T00:00:00Z\"}", StandardCharsets.UTF_8);
      zips.write(m, at.resolve(v + ".zip"));
      lists.computeIfAbsent(m.path(), k -> new ArrayList<>()).add(m.version());
    }
    for (Map.Entry<String, List<String>> e : lists.entrySet()) {
      Files.writeString(root.resolve(escape(e.getKey())).resolve("@v").resolve("list"),
          String.join("\n", e.getValue()) + "\n", StandardCharsets.UTF_8);
    }
    return root.toUri().toString();
  }

  /** The go command's case escaping of a module path or version. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        b.append('!').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
