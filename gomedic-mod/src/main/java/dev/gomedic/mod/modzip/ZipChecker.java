package dev.gomedic.mod.modzip;

import dev.gomedic.mod.dirhash.ZipEntries;
import dev.gomedic.mod.gotext.GoPath;
import dev.gomedic.mod.gotext.GoQuote;
import dev.gomedic.mod.module.InvalidPathException;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;

/**
 * Go's checkZip: the entry names and declared sizes of a module zip, before a byte of content is read. Every
 * entry must start with {@code path@version/}; the rest must be a clean, valid file path that collides with
 * no other; go.mod only at the root and in lower case; declared sizes within the limits.
 */
final class ZipChecker {
  private ZipChecker() {}

  /** The report, and the open zip when the report came from its entries (null when the file was too big). */
  record Result(CheckedFiles checked, ZipEntries zip) {}

  /** Checks the module path and version as Create, CheckZip and Unzip all do first. */
  static void checkModule(ModuleVersion m) throws ModZipException {
    String canonical = ModulePath.canonicalVersion(m.version());
    if (!canonical.equals(m.version())) {
      throw new ModZipException("version " + GoQuote.quote(m.version()) + " is not canonical (should be "
          + GoQuote.quote(canonical) + ")");
    }
    try {
      ModulePath.check(m.path(), m.version());
    } catch (RuntimeException e) {
      throw new ModZipException(e.getMessage(), e);
    }
  }

  static String prefix(ModuleVersion m) {
    return m.path() + "@" + m.version() + "/";
  }

  /** The caller closes {@link Result#zip()} when it is not null. */
  static Result check(ModuleVersion m, Path zipFile) throws IOException {
    long zipSize = Files.size(zipFile); // Go opens the file before it looks at the module
    checkModule(m);
    if (zipSize > ModZip.MAX_ZIP_FILE) {
      return new Result(CheckedFiles.ofSizeError("module zip file is too large (" + zipSize
          + " bytes; limit is " + ModZip.MAX_ZIP_FILE + " bytes)"), null);
    }
    ZipEntries zip = ZipEntries.open(zipFile);
    return new Result(checkEntries(m, zip.entries()), zip);
  }

  private static CheckedFiles checkEntries(ModuleVersion m, List<ZipEntry> entries) {
    String prefix = prefix(m);
    List<String> valid = new ArrayList<>();
    List<FileError> invalid = new ArrayList<>();
    Collisions collisions = new Collisions();
    String sizeError = null;
    long total = 0;
    for (ZipEntry zf : entries) {
      String full = zf.getName();
      if (!full.startsWith(prefix)) {
        invalid.add(new FileError(full, "path does not have prefix " + GoQuote.quote(prefix)));
        continue;
      }
      String name = full.substring(prefix.length());
      if (name.isEmpty()) {
        continue;
      }
      boolean isDir = name.endsWith("/");
      if (isDir) {
        name = name.substring(0, name.length() - 1);
      }
      String problem = nameProblem(name, isDir, collisions);
      if (problem != null) {
        invalid.add(new FileError(full, problem));
        continue;
      }
      if (isDir) {
        continue;
      }
      long size = zf.getSize();
      if (size >= 0 && ModZip.MAX_ZIP_FILE - total >= size) {
        total += size;
      } else if (sizeError == null) {
        sizeError = Reason.CONTENT_SIZE;
      }
      if (name.equals("go.mod") && size > ModZip.MAX_GO_MOD) {
        invalid.add(new FileError(full, Reason.GO_MOD_SIZE));
      } else if (name.equals("LICENSE") && size > ModZip.MAX_LICENSE) {
        invalid.add(new FileError(full, Reason.LICENSE_SIZE));
      } else {
        valid.add(full);
      }
    }
    return new CheckedFiles(valid, List.of(), invalid, Optional.ofNullable(sizeError));
  }

  private static String nameProblem(String name, boolean isDir, Collisions collisions) {
    if (!GoPath.clean(name).equals(name)) {
      return Reason.NOT_CLEAN;
    }
    try {
      ModulePath.checkFilePath(name);
    } catch (InvalidPathException e) {
      return e.getMessage();
    }
    String collision = collisions.check(name, isDir);
    if (collision != null || isDir) {
      return collision;
    }
    String base = GoPath.base(name);
    if (CaseFold.equalFold(base, "go.mod")) {
      if (!base.equals(name)) {
        return Reason.GO_MOD_NOT_ROOT;
      }
      if (!name.equals("go.mod")) {
        return Reason.GO_MOD_CASE;
      }
    }
    return null;
  }
}
