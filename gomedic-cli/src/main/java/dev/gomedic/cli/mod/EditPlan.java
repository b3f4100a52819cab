package dev.gomedic.cli.mod;

import dev.gomedic.mod.modfile.ModFile;
import dev.gomedic.mod.modfile.WorkFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What {@code gomedic mod edit} was asked to do, in the order the go command does it. */
final class EditPlan {
  String module = "";
  String go = "";
  String toolchain = "";
  boolean json;
  boolean print;
  boolean fmt;
  boolean help;
  /** The -godebug, -require, -replace, ... edits, in command-line order. */
  final List<Edit> edits = new ArrayList<>();
  final List<String> args = new ArrayList<>();

  boolean anyFlags() {
    return !module.isEmpty() || !go.isEmpty() || !toolchain.isEmpty() || json || print || fmt
        || !edits.isEmpty();
  }

  /** Applies the edits as the go command does: module, go, toolchain, the edit flags, sort, cleanup. */
  void apply(ModFile f) {
    if (!module.isEmpty()) {
      f.setModule(module);
    }
    if (go.equals("none")) {
      f.dropGo();
    } else if (!go.isEmpty()) {
      f.setGo(go);
    }
    if (toolchain.equals("none")) {
      f.dropToolchain();
    } else if (!toolchain.isEmpty()) {
      f.setToolchain(toolchain);
    }
    for (Edit edit : edits) {
      if (edit.mod() == null) {
        throw EditFlags.usage("-" + edit.flag() + " is for go.work files only");
      }
      edit.mod().accept(f);
    }
    f.sortBlocks();
    f.cleanup();
  }

  /** Applies the edits to a go.work file as {@code go work edit} does. */
  void apply(WorkFile f) {
    if (!module.isEmpty()) {
      throw EditFlags.usage("-module is for go.mod files only");
    }
    if (go.equals("none")) {
      f.dropGo();
    } else if (!go.isEmpty()) {
      f.setGo(go);
    }
    if (toolchain.equals("none")) {
      f.dropToolchain();
    } else if (!toolchain.isEmpty()) {
      f.setToolchain(toolchain);
    }
    for (Edit edit : edits) {
      if (edit.work() == null) {
        throw EditFlags.usage("-" + edit.flag() + " is for go.mod files only");
      }
      edit.work().accept(f);
    }
    f.sortBlocks();
    f.cleanup();
  }

  /** One edit flag, as it applies to a go.mod and to a go.work file (null where it does not apply). */
  record Edit(String flag, Consumer<ModFile> mod, Consumer<WorkFile> work) {}
}
