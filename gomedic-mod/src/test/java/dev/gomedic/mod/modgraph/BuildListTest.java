package dev.gomedic.mod.modgraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.module.ModuleVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The module graph's pruning and selection rules, on go.mod files held in memory. */
class BuildListTest {
  private final Map<ModuleVersion, String> mods = new HashMap<>();

  private void mod(String id, String text) {
    int at = id.indexOf('@');
    mods.put(new ModuleVersion(id.substring(0, at), id.substring(at + 1)), text);
  }

  private BuildList.Result of(String mainGoMod) throws Exception {
    ModFile f = ModFile.parse("go.mod", mainGoMod.getBytes(StandardCharsets.UTF_8));
    return BuildList.of(new BuildList.Main(f, Path.of("/main")),
        m -> Optional.ofNullable(mods.get(m)).map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> ids(BuildList.Result r) {
    return r.modules().stream().map(ModuleVersion::toString).toList();
  }

  private void chain() {
    mod("a.com/a@v1.0.0", "module a.com/a\ngo 1.19\nrequire b.com/b v1.1.0\n");
    mod("b.com/b@v1.1.0", "module b.com/b\ngo 1.19\nrequire c.com/c v1.0.0\n");
    mod("b.com/b@v1.0.0", "module b.com/b\ngo 1.19\nrequire d.com/d v1.0.0\n");
    mod("c.com/c@v1.0.0", "module c.com/c\ngo 1.19\n");
    mod("e.com/e@v1.0.0", "module e.com/e\nrequire b.com/b v1.0.0\n");
    mod("d.com/d@v1.0.0", "module d.com/d\n");
  }

  @Test
  void prunedMainStopsBelowAPrunedDependency() throws Exception {
    chain();
    List<String> got = ids(of("module m\ngo 1.19\nrequire a.com/a v1.0.0\n"));
    assertThat(got).as("got %s, want a and b only", got).containsExactly("a.com/a@v1.0.0", "b.com/b@v1.1.0");
  }

  @Test
  void unprunedMainFollowsEverything() throws Exception {
    chain();
    List<String> got = ids(of("module m\ngo 1.16\nrequire a.com/a v1.0.0\n"));
    assertThat(got).as("got %s", got).containsExactly("a.com/a@v1.0.0", "b.com/b@v1.1.0", "c.com/c@v1.0.0");
  }

  @Test
  void unprunedDependencyIsFollowedTransitivelyAndOldVersionsCount() throws Exception {
    chain();
    // e (no go line) requires b v1.0.0, whose go.mod is read (unpruned path) and brings d; b is still v1.1.0.
    List<String> got = ids(of("module m\ngo 1.19\nrequire (\n a.com/a v1.0.0\n e.com/e v1.0.0\n)\n"));
    assertThat(got).as("got %s", got)
        .containsExactly("a.com/a@v1.0.0", "b.com/b@v1.1.0", "d.com/d@v1.0.0", "e.com/e@v1.0.0");
  }

  @Test
  void replacementsSupplyTheGoModAndAreReported() throws Exception {
    chain();
    mod("x.com/x@v2.0.0", "module x.com/x\ngo 1.16\nrequire c.com/c v1.0.0\n");
    BuildList.Result r = of("module m\ngo 1.19\nrequire a.com/a v1.0.0\nreplace a.com/a => x.com/x v2.0.0\n");
    assertThat(ids(r)).as("got %s", ids(r)).containsExactly("a.com/a@v1.0.0", "c.com/c@v1.0.0");
    assertThat(r.replacements()).as("replacements")
        .containsEntry(new ModuleVersion("a.com/a", "v1.0.0"), new ModuleVersion("x.com/x", "v2.0.0"));
  }

  @Test
  void missingGoModIsAProblemNotAFailure() throws Exception {
    BuildList.Result r = of("module m\ngo 1.19\nrequire a.com/a v1.0.0\nexclude z.com/z v1.0.0\n");
    assertThat(ids(r)).containsExactly("a.com/a@v1.0.0");
    assertThat(r.problems()).as("problems").singleElement().asString()
        .contains("a.com/a@v1.0.0: go.mod not in the module cache");
  }
}
