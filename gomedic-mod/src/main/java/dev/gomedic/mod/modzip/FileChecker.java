package dev.gomedic.mod.modzip;

import dev.gomedic.mod.gotext.GoPath;
import dev.gomedic.mod.module.InvalidPathException;
import dev.gomedic.mod.module.ModulePath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Go's checkFiles: sorts a file list into valid, omitted and invalid, remembering the valid files' sizes. */
final class FileChecker {
  /** The valid files themselves, in order, with the size each declared when checked. */
  record Valid(ModuleFile file, long size) {}

  /** The report and the files to write. */
  record Result(CheckedFiles checked, List<Valid> files) {}

  private final List<String> valid = new ArrayList<>();
  private final List<FileError> omitted = new ArrayList<>();
  private final List<FileError> invalid = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private final Set<String> moduleDirs = new HashSet<>();
  private final List<Valid> validFiles = new ArrayList<>();
  private String sizeError;
  private boolean newVendorRule;

  private FileChecker() {}

  static Result check(List<? extends ModuleFile> files) {
    FileChecker c = new FileChecker();
    c.findModules(files);
    c.checkEach(files);
    CheckedFiles cf =
        new CheckedFiles(c.valid, c.omitted, c.invalid, Optional.ofNullable(c.sizeError));
    return new Result(cf, c.validFiles);
  }

  /** Each path gets only its first problem. */
  private void report(String path, boolean omit, String message) {
    if (reported.add(path)) {
      (omit ? omitted : invalid).add(new FileError(path, message));
    }
  }

  /** Directories holding a regular go.mod of any case are other modules; the root one sets the vendor rule. */
  private void findModules(List<? extends ModuleFile> files) {
    for (ModuleFile f : files) {
      String p = f.path();
      String dir = GoPath.splitDir(p);
      String base = p.substring(dir.length());
      if (!CaseFold.equalFold(base, "go.mod")) {
        continue;
      }
      ModuleFile.Info info = lstatOrReport(f);
      if (info == null || !info.isRegular()) {
        continue;
      }
      moduleDirs.add(dir);
      if (base.equals("go.mod") && dir.isEmpty()) {
        try {
          newVendorRule = Vendoring.newRule(Vendoring.goVersion(f.open()));
        } catch (IOException e) {
          // Go ignores an unreadable root go.mod here; the old vendor rule applies.
        }
      }
    }
  }

  /** The file's Lstat, or null after reporting its error as the file's problem. */
  private ModuleFile.Info lstatOrReport(ModuleFile f) {
    try {
      return f.lstat();
    } catch (IOException e) {
      report(f.path(), false, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private boolean inSubmodule(String p) {
    while (true) {
      String dir = GoPath.splitDir(p);
      if (dir.isEmpty()) {
        return false;
      }
      if (moduleDirs.contains(dir)) {
        return true;
      }
      p = dir.substring(0, dir.length() - 1);
    }
  }

  private void checkEach(List<? extends ModuleFile> files) {
    Collisions collisions = new Collisions();
    long room = ModZip.MAX_ZIP_FILE;
    for (ModuleFile f : files) {
      String p = f.path();
      String problem = nameProblem(p);
      if (problem != null) {
        report(p, false, problem);
        continue;
      }
      String omission = omission(p);
      if (omission != null) {
        report(p, true, omission);
        continue;
      }
      try {
        ModulePath.checkFilePath(p);
      } catch (InvalidPathException e) {
        report(p, false, e.getMessage());
        continue;
      }
      if (p.toLowerCase(Locale.ROOT).equals("go.mod") && !p.equals("go.mod")) {
        report(p, false, Reason.GO_MOD_CASE);
        continue;
      }
      ModuleFile.Info info = lstatOrReport(f);
      if (info == null) {
        continue;
      }
      String collision = collisions.check(p, info.isDir());
      if (collision != null) {
        report(p, false, collision);
        continue;
      }
      if (info.type() == ModuleFile.Type.SYMLINK) {
        report(p, true, Reason.SYMLINK); // golang.org/issue/27093
        continue;
      }
      if (!info.isRegular()) {
        report(p, true, Reason.NOT_REGULAR);
        continue;
      }
      long size = info.size();
      if (size >= 0 && size <= room) {
        room -= size;
      } else if (sizeError == null) {
        sizeError = Reason.TREE_SIZE;
      }
      if (p.equals("go.mod") && size > ModZip.MAX_GO_MOD) {
        report(p, false, Reason.GO_MOD_SIZE);
        continue;
      }
      if (p.equals("LICENSE") && size > ModZip.MAX_LICENSE) {
        report(p, false, Reason.LICENSE_SIZE);
        continue;
      }
      valid.add(p);
      validFiles.add(new Valid(f, size));
    }
  }

  private static String nameProblem(String p) {
    if (!p.equals(GoPath.clean(p))) {
      return Reason.NOT_CLEAN;
    }
    if (GoPath.isAbs(p)) {
      return Reason.NOT_RELATIVE;
    }
    return null;
  }

  private String omission(String p) {
    if (Vendoring.isVendored(p, newVendorRule)) {
      return Reason.VENDORED;
    }
    if (inSubmodule(p)) {
      return Reason.SUBMODULE_FILE;
    }
    if (p.equals(".hg_archival.txt")) {
      return Reason.HG_ARCHIVAL; // inserted by hg archive; dropped whatever the VCS
    }
    return null;
  }
}
