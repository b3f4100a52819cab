package dev.gomedic.mod.modfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * x/mod's rule_test.go and work_test.go vectors (newest x/mod): each edit applied to {@code in} must format
 * exactly as {@code out} formats.
 */
class XModRuleTest {
  /**
   * Vectors where newer x/mod keeps a one-line block whose closing parenthesis has comments; gomedic follows
   * the go command of Go 1.19 (the differential oracle), which collapses it into a line.
   */
  private static final java.util.Set<String> GO119_CLEANUP = java.util.Set.of(
      "addRequireTests/unattached_comments");

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Stream<DynamicTest> edits(String table, boolean strictDefault,
      BiConsumer<XModTables.Case, ModFile> edit) {
    return XModTables.load(table).stream().map(c -> DynamicTest.dynamicTest(table + ": " + c.desc(), () -> {
      Assumptions.assumeFalse(GO119_CLEANUP.contains(table + "/" + c.desc()),
          "deliberate: cleanup collapses a one-line block with comments before ')' as Go 1.19 does");
      boolean strict = c.fields().containsKey("strict") ? c.flag("strict") : strictDefault;
      ModFile f = strict ? ModFile.parse("in", b(c.get("in"))) : ModFile.parseLax("in", b(c.get("in")), null);
      String outText = c.fields().containsKey("out") ? c.get("out") : c.get("want");
      ModFile g = strict ? ModFile.parse("out", b(outText)) : ModFile.parseLax("out", b(outText), null);
      edit.accept(c, f);
      assertThat(f.format()).as("%s %s: got, want", table, c.desc()).isEqualTo(g.format());
    }));
  }

  private static Stream<DynamicTest> workEdits(String table, String from, String to,
      BiConsumer<XModTables.Case, WorkFile> edit) {
    return XModTables.load(table).stream().map(c -> DynamicTest.dynamicTest(table + ": " + c.desc(), () -> {
      WorkFile f = WorkFile.parse("in", b(c.get("in").replace(from, to)));
      WorkFile g = WorkFile.parse("out", b(c.get("out").replace(from, to)));
      edit.accept(c, f);
      assertThat(f.format()).as("%s %s: got, want", table, c.desc()).isEqualTo(g.format());
    }));
  }

  private static BiConsumer<XModTables.Case, ModFile> thenCleanup(BiConsumer<XModTables.Case, ModFile> e) {
    return (c, f) -> {
      e.accept(c, f);
      f.cleanup();
    };
  }

  @TestFactory
  Stream<DynamicTest> modEdits() {
    return Stream.of(
            edits("addRequireTests", true, thenCleanup((c, f) -> f.addRequire(c.get("path"), c.get("vers")))),
            edits("setRequireTests", true, thenCleanup((c, f) -> {
              f.setRequire(c.requires("mods"));
              assertThat(f.requires()).as("requires after setRequire").hasSize(c.requires("mods").size());
            })),
            edits("setRequireSeparateIndirectTests", true,
                thenCleanup((c, f) -> f.setRequireSeparateIndirect(c.requires("mods")))),
            edits("setRequireSimplifyTests", true, thenCleanup((c, f) -> f.setRequireAtMostTwo(c.requires("mods")))),
            edits("addGoTests", true, (c, f) -> f.setGo(c.get("version"))),
            // newer x/mod's printer hides the empty line a drop leaves before cleanup; gomedic prints as Go 1.19
            edits("dropGoTests", true, thenCleanup((c, f) -> f.dropGo())),
            edits("addToolchainTests", true, (c, f) -> f.setToolchain(c.get("version"))),
            edits("dropToolchainTests", true, thenCleanup((c, f) -> f.dropToolchain())),
            edits("addExcludeTests", true, (c, f) -> f.addExclude(c.get("path"), c.get("version"))),
            edits("addRetractTests", true, (c, f) ->
                f.addRetract(new VersionInterval(c.get("low"), c.get("high")), c.get("rationale"))),
            edits("dropRetractTests", true, thenCleanup((c, f) ->
                f.dropRetract(new VersionInterval(c.get("low"), c.get("high"))))),
            edits("sortBlocksTests", true, (c, f) -> f.sortBlocks()),
            edits("addGodebugTests", true, thenCleanup((c, f) -> f.addGodebug(c.get("key"), c.get("value")))),
            edits("dropGodebugTests", true, thenCleanup((c, f) -> f.dropGodebug(c.get("key")))),
            edits("addToolTests", true, thenCleanup((c, f) -> f.addTool(c.get("path")))),
            edits("dropToolTests", true, thenCleanup((c, f) -> f.dropTool(c.get("path")))),
            edits("addIgnoreTests", true, thenCleanup((c, f) -> f.addIgnore(c.get("path")))),
            edits("dropIgnoreTests", true, thenCleanup((c, f) -> f.dropIgnore(c.get("path")))))
        .flatMap(s -> s);
  }

  @TestFactory
  Stream<DynamicTest> workEdits() {
    return Stream.of(
            workEdits("workAddUseTests", "", "", (c, f) -> f.addUse(c.get("path"))),
            workEdits("workDropUseTests", "", "", (c, f) -> {
              f.dropUse(c.get("path"));
              f.cleanup();
            }),
            workEdits("workAddGoTests", "", "", (c, f) -> f.setGo(c.get("version"))),
            workEdits("workAddToolchainTests", "", "", (c, f) -> f.setToolchain(c.get("version"))),
            workEdits("workSortBlocksTests", "", "", (c, f) -> f.sortBlocks()),
            workEdits("addGodebugTests", "module m", "use foo", (c, f) -> {
              f.addGodebug(c.get("key"), c.get("value"));
              f.cleanup();
            }),
            workEdits("dropGodebugTests", "module m", "use foo", (c, f) -> {
              f.dropGodebug(c.get("key"));
              f.cleanup();
            }))
        .flatMap(s -> s);
  }

  @TestFactory
  Stream<DynamicTest> parsedComments() {
    Stream<DynamicTest> rationale = XModTables.load("retractRationaleTests").stream()
        .map(c -> DynamicTest.dynamicTest("retractRationale: " + c.desc(), () -> {
          ModFile f = ModFile.parse("in", b(c.get("in")));
          assertThat(f.retracts()).hasSize(1);
          assertThat(f.retracts().get(0).rationale()).as("rationale: got, want").isEqualTo(c.get("want"));
        }));
    Stream<DynamicTest> deprecated = XModTables.load("moduleDeprecatedTests").stream()
        .map(c -> DynamicTest.dynamicTest("moduleDeprecated: " + c.desc(), () -> {
          ModFile f = ModFile.parse("in", b(c.get("in")));
          assertThat(f.module().deprecated()).as("deprecated: got, want").isEqualTo(c.get("want"));
        }));
    return Stream.concat(rationale, deprecated);
  }

  @TestFactory
  Stream<DynamicTest> versionValidation() {
    Stream<DynamicTest> retract = XModTables.load("addRetractValidateVersionTests").stream()
        .map(c -> DynamicTest.dynamicTest("addRetractValidateVersion: " + c.desc(), () -> {
          ModFile f = ModFile.empty("in");
          if (!c.get("path").isEmpty()) {
            f.setModule(c.get("path"));
          }
          VersionInterval vi = new VersionInterval(c.get("low"), c.get("high"));
          assertThatThrownBy(() -> f.addRetract(vi, "")).hasMessage(c.get("wantErr"));
        }));
    Stream<DynamicTest> exclude = XModTables.load("addExcludeValidateVersionTests").stream()
        .map(c -> DynamicTest.dynamicTest("addExcludeValidateVersion: " + c.desc(), () -> {
          ModFile f = ModFile.parse("in", b("module m"));
          assertThatThrownBy(() -> f.addExclude(c.get("path"), c.get("version"))).hasMessage(c.get("wantErr"));
        }));
    return Stream.concat(retract, exclude);
  }

  @TestFactory
  Stream<DynamicTest> addOnEmptyFile() {
    List<Consumer<ModFile>> ops = List.of(f -> f.setGo("1.20"));
    return Stream.of(DynamicTest.dynamicTest("addGoStmt", () -> {
      ModFile f = ModFile.empty("in");
      ops.get(0).accept(f);
      assertThat(f.format()).isEqualTo(ModFile.parse("out", b("go 1.20")).format());
    }));
  }
}
