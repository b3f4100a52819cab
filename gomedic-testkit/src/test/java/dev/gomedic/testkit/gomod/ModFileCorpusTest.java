package dev.gomedic.testkit.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModFileCorpusTest {
  @TempDir Path dir;

  @Test
  void scriptArchivesYieldGoModAndGoWorkEntriesAndTheirVariants() throws IOException {
    Files.writeString(dir.resolve("a.txt"), """
        go build
        -- go.mod --
        module a
        -- sub/go.work --
        go 1.18
        -- go.mod.want --
        module a
        -- go.mod.json --
        {}
        -- main.go --
        package main
        """, StandardCharsets.UTF_8);
    List<CorpusFile> files = ModFileCorpus.scriptArchives(dir);
    assertThat(files).extracting(CorpusFile::source)
        .containsExactly(ModFileCorpus.SCRIPT, ModFileCorpus.SCRIPT, ModFileCorpus.SCRIPT_VARIANT);
    assertThat(files).extracting(CorpusFile::kind).containsExactly(FileKind.MOD, FileKind.WORK, FileKind.MOD);
    assertThat(files.get(1).text()).isEqualTo("go 1.18\n");
    assertThat(files.get(0).origin()).endsWith("a.txt#1:go.mod");
  }

  @Test
  void modProxyArchivesYieldDotModEntries() throws IOException {
    Files.writeString(dir.resolve("example.com_a_v1.0.0.txt"), """
        -- .mod --
        module example.com/a
        -- .info --
        {"Version":"v1.0.0"}
        -- go.mod --
        module example.com/a
        """, StandardCharsets.UTF_8);
    assertThat(ModFileCorpus.modProxyArchives(dir)).extracting(CorpusFile::origin)
        .allMatch(o -> o.endsWith(":.mod") || o.endsWith(":go.mod")).hasSize(2);
  }

  @Test
  void treeFindsEachRealFileOnce() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("go.mod"), "module a\n", StandardCharsets.UTF_8);
    Files.writeString(a.resolve("go.sum"), "", StandardCharsets.UTF_8);
    Files.createSymbolicLink(dir.resolve("link"), a);
    List<CorpusFile> files = ModFileCorpus.tree(dir, "t");
    assertThat(files).hasSize(1);
    assertThat(ModFileCorpus.countBySource(files)).containsEntry("t", 1);
  }
}
