package dev.gomedic.mod.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gomedic.mod.module.ModuleVersion;
import dev.gomedic.mod.vendor.VendorConsistency.GoMod;
import dev.gomedic.mod.vendor.VendorConsistency.Replace;
import dev.gomedic.mod.vendor.VendorConsistency.Rules;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.Txtar;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios under src/test/resources/vendor/consistency: each holds go.mod, vendor/modules.txt and
 * the go command's output (want-go1.19 recorded from go 1.19; want-newest from the newest source).
 */
class VendorConsistencyTest {

  @TempDir Path tmp;

  static List<Path> scenarios() throws IOException, URISyntaxException {
    Path dir = Path.of(VendorConsistencyTest.class.getResource("/vendor/consistency").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txtar")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> matchesRecordedOutput() throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : scenarios()) {
      Txtar t = Txtar.read(p);
      GoMod goMod = parseGoMod(t.file("go.mod"));
      VendorList vendor = VendorList.parse(t.file("vendor/modules.txt"), "vendor/modules.txt");
      String want119 = t.file("want-go1.19").stripTrailing();
      String wantNewest = t.file("want-newest") == null ? want119 : t.file("want-newest").stripTrailing();
      String name = p.getFileName().toString();
      tests.add(dynamicTest(name + " go1.19", () -> assertThat(
          VendorConsistency.message("$WORK", VendorConsistency.check(goMod, vendor, Rules.GO_1_19)))
          .as("go 1.19 rules").isEqualTo(want119)));
      tests.add(dynamicTest(name + " newest", () -> assertThat(
          VendorConsistency.message("$WORK", VendorConsistency.check(goMod, vendor, Rules.NEWEST)))
          .as("newest rules").isEqualTo(wantNewest)));
    }
    assertThat(tests).as("scenarios").hasSizeGreaterThan(10);
    return tests.stream();
  }

  /** Runs the real go 1.19 on every scenario, so the recorded want-go1.19 cannot go stale. */
  @TestFactory
  Stream<DynamicTest> go119AgreesLive() throws IOException, URISyntaxException {
    Path go = Oracle.requireGo();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : scenarios()) {
      tests.add(dynamicTest(p.getFileName().toString(), () -> {
        Txtar t = Txtar.read(p);
        Path work = tmp.resolve(p.getFileName().toString().replace(".txtar", ""));
        Files.createDirectories(work);
        new Txtar("", t.files().stream().filter(f -> !f.name().startsWith("want")).toList()).extractTo(work);
        Files.writeString(work.resolve("main.go"), "package main\nfunc main(){}\n");
        ProcessBuilder pb = new ProcessBuilder(go.toString(), "list", "-mod=vendor", ".").directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(Map.of("HOME", tmp.toString(), "PATH", "/usr/bin:/bin", "GOFLAGS", "",
            "GOTOOLCHAIN", "local", "GOPROXY", "off", "GOCACHE", tmp.resolve("cache").toString(),
            "GOPATH", tmp.resolve("gopath").toString()));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process proc = pb.start();
        byte[] err = proc.getErrorStream().readAllBytes();
        assertThat(proc.waitFor(60, TimeUnit.SECONDS)).as("go finished").isTrue();
        String got = new String(err, StandardCharsets.UTF_8).replace(work.toString(), "$WORK").stripTrailing();
        assertThat(got).as("go 1.19 output").isEqualTo(t.file("want-go1.19").stripTrailing());
      }));
    }
    return tests.stream();
  }

  /** A test-only reader for the one-line directives the scenarios use. */
  static GoMod parseGoMod(String text) {
    String module = "";
    String go = "";
    List<ModuleVersion> requires = new ArrayList<>();
    List<Replace> replaces = new ArrayList<>();
    for (String line : text.split("\n")) {
      int c = line.indexOf("//");
      String[] f = (c >= 0 ? line.substring(0, c) : line).trim().split("\\s+");
      switch (f[0]) {
        case "module" -> module = f[1];
        case "go" -> go = f[1];
        case "require" -> requires.add(new ModuleVersion(f[1], f[2]));
        case "replace" -> {
          int arrow = List.of(f).indexOf("=>");
          ModuleVersion old = new ModuleVersion(f[1], arrow == 3 ? f[2] : "");
          ModuleVersion repl = new ModuleVersion(f[arrow + 1], f.length > arrow + 2 ? f[arrow + 2] : "");
          replaces.add(new Replace(old, repl));
        }
        default -> { }
      }
    }
    return new GoMod(module, go, requires, replaces);
  }
}
