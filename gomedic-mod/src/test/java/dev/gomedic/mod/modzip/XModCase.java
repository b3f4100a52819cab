package dev.gomedic.mod.modzip;

import dev.gomedic.mod.gotext.Utf8;
import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One x/mod zip test: the key=value lines of a txtar comment (path, version, wantErr, hash; '#' starts a
 * comment) and its files, the {@code want} file set apart. Bytes that are not UTF-8 (the module path 0xFF)
 * are kept as Utf8's escaped bytes.
 */
record XModCase(String name, ModuleVersion module, String wantErr, String hash, List<Txtar.File> files, String want) {

  /** The x/mod 0.7.0 testdata from the Debian package golang-golang-x-mod-dev. */
  static final Path INSTALLED = Oracle.XMOD.resolve("zip/testdata");

  /** Every case of one kind: the installed x/mod 0.7.0 ones, then the newer ones kept in test resources. */
  static List<XModCase> all(String kind) {
    List<XModCase> cases = new ArrayList<>();
    cases.addAll(read(INSTALLED.resolve(kind), "x/mod 0.7.0 "));
    try {
      Path res = Paths.get(XModCase.class.getResource("/modzip/" + kind).toURI());
      cases.addAll(read(res, "golang/mod fe2ec04 "));
    } catch (URISyntaxException | NullPointerException e) {
      // no newer cases of this kind
    }
    return cases;
  }

  private static List<XModCase> read(Path dir, String label) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<XModCase> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(parse(label + dir.getFileName() + "/" + p.getFileName(), Files.readAllBytes(p)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static XModCase parse(String name, byte[] bytes) {
    Txtar t = Txtar.parse(Utf8.decodeString(bytes, 0, bytes.length));
    String path = "";
    String version = "";
    String wantErr = "";
    String hash = "";
    for (String line : t.comment().split("\n")) {
      int hashMark = line.indexOf('#');
      line = (hashMark >= 0 ? line.substring(0, hashMark) : line).trim();
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = line.substring(0, eq).trim();
      String value = line.substring(eq + 1).trim();
      switch (key) {
        case "path" -> path = value;
        case "version" -> version = value;
        case "wantErr" -> wantErr = value;
        case "hash" -> hash = value;
        default -> throw new IllegalArgumentException(name + ": unknown key " + key);
      }
    }
    List<Txtar.File> files = new ArrayList<>();
    String want = null;
    for (Txtar.File f : t.files()) {
      if (f.name().equals("want") && want == null) {
        want = f.data();
      } else {
        files.add(f);
      }
    }
    return new XModCase(name, new ModuleVersion(path, version), wantErr, hash, files, want);
  }

  static byte[] bytes(Txtar.File f) {
    return Utf8.encode(f.data());
  }

  /** Writes the files below {@code dir} as Go's extractTxtarToTempDir does. */
  void extractTo(Path dir) throws IOException {
    for (Txtar.File f : files) {
      Path target = dir.resolve(f.name());
      Files.createDirectories(target.getParent());
      Files.write(target, bytes(f));
    }
  }

  /** A zip holding the files under their txtar names, deflated, as Go's extractTxtarToTempZip writes. */
  Path writeZip(Path zip) throws IOException {
    RawZip raw = new RawZip();
    for (Txtar.File f : files) {
      raw.add(f.name(), bytes(f));
    }
    return raw.write(zip);
  }

  List<ModuleFile> moduleFiles() {
    return files.stream().map(f -> ModuleFile.of(f.name(), bytes(f))).toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
