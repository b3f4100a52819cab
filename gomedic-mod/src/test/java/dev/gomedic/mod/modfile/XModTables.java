package dev.gomedic.mod.modfile;

import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vector tables of x/mod's rule_test.go and work_test.go, converted to txtar files under
 * {@code src/test/resources/modfile/xmod/}: one file per table, one {@code NNN/field} entry per case and field
 * (each value followed by one newline). Require lists hold one {@code path version indirect} per line.
 */
final class XModTables {
  private XModTables() {}

  /** A test case: its fields by name. */
  record Case(Map<String, String> fields) {
    String get(String name) {
      String v = fields.get(name);
      if (v == null) {
        throw new IllegalArgumentException("no field " + name + " in " + fields.keySet());
      }
      return v;
    }

    String desc() {
      return fields.getOrDefault("desc", "?");
    }

    boolean flag(String name) {
      return get(name).equals("true");
    }

    List<Require> requires(String name) {
      List<Require> out = new ArrayList<>();
      for (String line : get(name).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(" ");
        out.add(Require.of(f[0], f[1].equals("\"\"") ? "" : f[1], f[2].equals("true")));
      }
      return out;
    }
  }

  static List<Case> load(String table) {
    String resource = "/modfile/xmod/" + table + ".txtar";
    try (InputStream in = XModTables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      Txtar t = Txtar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Map<String, Map<String, String>> cases = new LinkedHashMap<>();
      for (Txtar.File f : t.files()) {
        String[] id = f.name().split("/", 2);
        String data = f.data().endsWith("\n") ? f.data().substring(0, f.data().length() - 1) : f.data();
        cases.computeIfAbsent(id[0], k -> new LinkedHashMap<>()).put(id[1], data);
      }
      return cases.values().stream().map(Case::new).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
