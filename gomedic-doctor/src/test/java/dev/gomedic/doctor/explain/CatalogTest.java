package dev.gomedic.doctor.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.checks.Checks;
import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogTest {
  static final Catalog CATALOG = Catalog.load();

  record Example(String id, String text) {
    @Override
    public String toString() {
      return id + ": " + text.replace("\n", "⏎").replace("\t", "→");
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    try (InputStream in = CatalogTest.class.getResourceAsStream("/explain/messages.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        out.add(new Example(line.substring(0, tab), line.substring(tab + 1).replace("\\n", "\n").replace("\\t", "\t")));
      }
    }
    return out;
  }

  static Stream<Example> matching() throws IOException {
    return examples().stream().filter(e -> !e.id().equals("!"));
  }

  static Stream<Example> nearMisses() throws IOException {
    return examples().stream().filter(e -> e.id().equals("!"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matching")
  void real_message_matches_its_entry_first(Example ex) {
    List<Match> m = LogScanner.scan(ex.text() + "\n", CATALOG).matches();
    assertThat(m).as("matches of %s: got none, want %s", ex, ex.id()).isNotEmpty();
    assertThat(m.get(0).entry().id()).as("first match of %s", ex).isEqualTo(ex.id());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nearMisses")
  void near_miss_matches_nothing(Example ex) {
    List<Match> m = LogScanner.scan(ex.text() + "\n", CATALOG).matches();
    assertThat(m).as("near miss %s: got %s, want no match", ex, m.stream().map(x -> x.entry().id()).toList()).isEmpty();
  }

  @Test
  void every_entry_has_a_real_example_and_there_are_at_least_60() throws IOException {
    Set<String> covered = new HashSet<>();
    matching().forEach(e -> covered.add(e.id()));
    Set<String> missing = new TreeSet<>();
    for (Entry e : CATALOG.entries()) {
      if (!covered.contains(e.id())) {
        missing.add(e.id());
      }
    }
    assertThat(missing).as("entries without an example: got %s, want none", missing).isEmpty();
    assertThat(CATALOG.entries().size()).as("entries").isGreaterThanOrEqualTo(60);
    assertThat(CATALOG.entries().stream().map(Entry::id)).doesNotHaveDuplicates();
  }

  @Test
  void placeholders_are_captured() {
    Match m = LogScanner.scan("go: cannot find GOROOT directory: /usr/local/Cellar/go/1.18/libexec\n", CATALOG).matches().get(0);
    assertThat(m.values()).containsEntry("dir", "/usr/local/Cellar/go/1.18/libexec");
  }

  @Test
  void cause_checks_name_real_check_ids_or_documented_future_ones() {
    Set<String> known = new HashSet<>();
    for (Check c : Checks.all()) {
      known.add(c.id());
    }
    known.addAll(ExplainIds.PLANNED);
    Set<String> unknown = new TreeSet<>();
    for (Entry e : CATALOG.entries()) {
      e.causes().forEach(c -> c.check().filter(id -> !known.contains(id)).ifPresent(unknown::add));
    }
    assertThat(unknown).as("cause check IDs that are neither implemented nor planned: got %s, want none", unknown).isEmpty();
  }

  @Test
  void ansi_crlf_and_continuations_are_handled() {
    String log = "\u001b[31mgo: inconsistent vendoring in /tmp/m:\u001b[0m\r\n\texample.com/a@v1.0.0: is replaced in go.mod, but not marked as replaced in vendor/modules.txt\r\n";
    LogScanner.Result r = LogScanner.scan(log, CATALOG);
    assertThat(r.matches()).extracting(m -> m.entry().id()).containsExactly("INCONSISTENT_VENDORING");
    assertThat(r.matches().get(0).text()).doesNotContain("\r", "\u001b").contains("\n\texample.com/a@v1.0.0");
    assertThat(r.matches().get(0).line()).isEqualTo(1);
  }

  @Test
  void repeated_messages_are_counted_once() {
    String log = "go: no such tool \"compile\"\n".repeat(5);
    List<Match> m = LogScanner.scan(log, CATALOG).matches();
    assertThat(m).hasSize(1);
    assertThat(m.get(0).count()).isEqualTo(5);
  }

  /** 100 MB of mixed binary noise and log lines, generated on the fly: bounded time and no growth. */
  @Test
  void hundred_megabytes_of_garbage_scan_in_bounded_time() throws IOException {
    long size = 100L << 20;
    Reader garbage = new Reader() {
      long left = size;
      long seed = 42;

      @Override
      public int read(char[] buf, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i++) {
          seed = seed * 6364136223846793005L + 1442695040888963407L;
          int r = (int) (seed >>> 33);
          buf[off + i] = (r & 0xff) < 4 ? '\n' : (r & 0x3ff) == 7 ? '\t' : (char) (r % 0x2500);
        }
        left -= n;
        return n;
      }

      @Override
      public void close() {}
    };
    long t0 = System.nanoTime();
    LogScanner.Result r = LogScanner.scan(garbage, CATALOG);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(ms).as("scan of 100 MB took %d ms, want < 60000", ms).isLessThan(60_000);
    assertThat(r.lines()).isGreaterThan(1000);
  }

  @Test
  void a_single_endless_line_is_cut() {
    String log = "x".repeat(LogScanner.MAX_LINE * 3) + "go: no such tool \"compile\"\n";
    LogScanner.Result r = LogScanner.scan(log, CATALOG);
    assertThat(r.cutLines()).isEqualTo(1);
    assertThat(r.matches()).isEmpty();
  }

  /** Every message said to exist in Go 1.19 has its longest literal piece in the Go 1.19 sources. */
  @Test
  void go119_messages_appear_in_the_go119_source() throws IOException {
    Path src = Oracle.requireGoSource();
    StringBuilder all = new StringBuilder();
    for (String dir : List.of("cmd/go", "cmd/cgo", "cmd/compile/internal/base", "cmd/compile/internal/noder", "go/build",
        "internal/buildcfg", "cmd/vendor/golang.org/x/mod", "crypto/x509")) {
      try (Stream<Path> files = Files.walk(src.resolve(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".go") && !p.toString().endsWith("_test.go")).toList()) {
          all.append(Files.readString(f, StandardCharsets.ISO_8859_1)).append('\n');
        }
      }
    }
    String text = all.toString();
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (Entry e : CATALOG.entries()) {
      if (!ExplainIds.in119(e.versions()) || e.source().matches("^(shell|git|kernel|net/http|crypto).*")) {
        continue;
      }
      boolean any = !e.verify().isEmpty() && text.contains(e.verify());
      for (MessagePattern p : e.patterns()) {
        String core = p.anchor().replaceFirst("^go: ", "").replaceAll("^[^A-Za-z0-9$-]+|[^A-Za-z0-9.]+$", "");
        String escaped = core.replace("\n", "\\n").replace("\t", "\\t").replace("\"", "\\\"");
        if (core.length() >= 8 && (text.contains(core) || text.contains(escaped))) {
          any = true;
        }
      }
      checked++;
      if (!any) {
        missing.add(e.id() + " " + e.patterns().get(0).anchor());
      }
    }
    assertThat(missing).as("entries whose text is not in the Go 1.19 source (%d checked): got %s", checked, missing).isEmpty();
  }
}
