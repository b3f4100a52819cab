package dev.gomedic.cli.mod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.cli.mod.GoCacheFixture.Result;
import dev.gomedic.testkit.Oracle;
import dev.gomedic.testkit.proxy.GeneratedModule;
import dev.gomedic.testkit.proxy.GoTestdataModules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second source: modules from cmd/go's own test proxy (src/cmd/go/testdata/mod), served the same way. They
 * bring escaped paths and versions (rsc.io/QUOTE v1.5.3-PRE), +incompatible, /v2 and gopkg.in paths, and go.mod
 * files without a go line (unpruned, so the whole chain QUOTE → quote → sampler → text is in the build list).
 */
class ModVerifyGoTestdataTest {
  private static final List<String> FILES = List.of("rsc.io_!q!u!o!t!e_v1.5.3-!p!r!e.txt", "rsc.io_quote_v1.5.2.txt",
      "rsc.io_sampler_v1.3.0.txt", "golang.org_x_text_v0.0.0-20170915032832-14c0d48ead0c.txt",
      "rsc.io_breaker_v2.0.0+incompatible.txt", "rsc.io_quote_v2_v2.0.1.txt", "gopkg.in_dummy.v2-unstable_v2.0.0.txt");

  @TempDir static Path tmp;
  static GoCacheFixture fx;

  @BeforeAll
  static void fill() throws Exception {
    Oracle.requireGo();
    Path src = Oracle.requireGoSource().resolve("cmd/go/testdata/mod");
    List<GeneratedModule> mods = new ArrayList<>();
    for (String f : FILES) {
      mods.add(GoTestdataModules.read(src.resolve(f)));
    }
    String goMod = "module example.com/main\n\ngo 1.19\n\nrequire (\n"
        + "\trsc.io/QUOTE v1.5.3-PRE\n\trsc.io/breaker v2.0.0+incompatible\n\trsc.io/quote/v2 v2.0.1\n"
        + "\tgopkg.in/dummy.v2-unstable v2.0.0\n)\n";
    fx = GoCacheFixture.create(tmp, mods, goMod);
  }

  @AfterAll
  static void cleanUp() throws Exception {
    if (fx != null) {
      GoCacheFixture.makeWritable(fx.cache);
    }
  }

  private static GeneratedModule module(String path) {
    return fx.modules.stream().filter(m -> m.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void hashesEqualWhatGoReported() throws Exception {
    for (GeneratedModule m : fx.modules) {
      String want = m.path() + " " + m.version() + " " + fx.reported.get(m.id()).get(0) + "\n";
      Result zip = fx.gomedic(fx.main, fx.cache, "mod", "hash", GoCacheFixture.download(fx.cache, m, "zip").toString());
      assertThat(zip.out()).as("mod hash ZIP of %s: got %s, want %s", m.id(), zip, want).isEqualTo(want);
      Result dir = fx.gomedic(fx.main, fx.cache, "mod", "hash", "--module", m.id(),
          GoCacheFixture.dir(fx.cache, m).toString());
      assertThat(dir.out()).as("mod hash DIR of %s: got %s, want %s", m.id(), dir, want).isEqualTo(want);
      String wantMod = fx.reported.get(m.id()).get(1) + "\n";
      Result mod = fx.gomedic(fx.main, fx.cache, "mod", "hash", GoCacheFixture.download(fx.cache, m, "mod").toString());
      assertThat(mod.out()).as("mod hash MOD of %s: got %s, want %s", m.id(), mod, wantMod).isEqualTo(wantMod);
    }
  }

  @Test
  void verifyEqualsGoIntactAndDamaged() throws Exception {
    Result go = fx.go(fx.cache, Map.of(), "mod", "verify");
    assertThat(fx.gomedic(fx.main, fx.cache, "mod", "verify")).as("intact: want go's %s", go).isEqualTo(go);
    Path cache = fx.copyCache("damaged");
    GeneratedModule sampler = module("rsc.io/sampler");
    Files.writeString(GoCacheFixture.dir(cache, sampler).resolve("glass.go"), "package sampler\n");
    Files.delete(GoCacheFixture.download(cache, module("rsc.io/QUOTE"), "ziphash"));
    go = fx.go(cache, Map.of(), "mod", "verify");
    assertThat(go.code()).as("go on the damaged cache: %s", go).isEqualTo(1);
    Result ours = fx.gomedic(fx.main, cache, "mod", "verify");
    assertThat(ours).as("damaged: got\n%s\nwant go's\n%s", ours, go).isEqualTo(go);
    Result deep = fx.gomedic(fx.main, cache, "mod", "verify", "--deep");
    assertThat(deep.out()).as("--deep: got %s", deep).contains("rsc.io/sampler v1.3.0: modified\n")
        .contains("\tchanged: glass.go\n").contains("rsc.io/QUOTE v1.5.3-PRE: modified\n\tmissing ziphash: open ");
  }
}
