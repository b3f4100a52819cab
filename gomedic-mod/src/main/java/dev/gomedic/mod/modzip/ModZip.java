package dev.gomedic.mod.modzip;

import dev.gomedic.mod.dirhash.ZipEntries;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Module zip files as {@code golang.org/x/mod/zip} makes, checks and extracts them. See the package documentation. */
public final class ModZip {
  private ModZip() {}

  /** The largest module zip, and the largest total of its uncompressed files: 500 MiB. */
  public static final int MAX_ZIP_FILE = 500 << 20;

  /** The largest root go.mod: 16 MiB. */
  public static final int MAX_GO_MOD = 16 << 20;

  /** The largest root LICENSE: 16 MiB. */
  public static final int MAX_LICENSE = 16 << 20;

  /**
   * Go's CheckFiles: which of the files would go into the module zip. Opens only a root go.mod (for its go
   * line); {@link #create} may still fail on I/O or on a file larger than it declared.
   */
  public static CheckedFiles checkFiles(List<? extends ModuleFile> files) {
    return FileChecker.check(files).checked();
  }

  /**
   * Go's CheckDir: {@link #checkFiles} over the directory as {@link #createFromDir} would list it, with
   * every path given as a file-system path below {@code dir} and the directories the walk left out (version
   * control, nested modules) among the omitted.
   *
   * @throws IOException when the directory cannot be walked
   */
  public static CheckedFiles checkDir(Path dir) throws IOException {
    DirLister.Listing listing = DirLister.list(dir);
    CheckedFiles cf = checkFiles(listing.files());
    List<String> valid = new ArrayList<>();
    for (String p : cf.valid()) {
      valid.add(below(dir, p));
    }
    List<FileError> omitted = new ArrayList<>(below(dir, cf.omitted()));
    omitted.addAll(below(dir, listing.omitted()));
    return new CheckedFiles(valid, omitted, below(dir, cf.invalid()), cf.sizeError());
  }

  private static List<FileError> below(Path dir, List<FileError> errors) {
    List<FileError> out = new ArrayList<>(errors.size());
    for (FileError e : errors) {
      out.add(new FileError(below(dir, e.path()), e.message()));
    }
    return out;
  }

  private static String below(Path dir, String slashPath) {
    return slashPath.equals(".") ? dir.toString() : dir.resolve(slashPath).toString();
  }

  /**
   * Go's CheckZip: the entry names and declared sizes of a module zip, without reading its contents.
   *
   * @throws ModZipException when the version is not canonical or the path and version do not fit together
   * @throws IOException when the zip cannot be read ({@code zip: not a valid zip file})
   */
  public static CheckedFiles checkZip(ModuleVersion m, Path zipFile) throws IOException {
    ZipChecker.Result r = ZipChecker.check(m, zipFile);
    try (ZipEntries zip = r.zip()) {
      return r.checked();
    }
  }

  /**
   * Go's Create: writes the module zip of {@code files} to {@code out}, which is left open.
   *
   * @throws ModZipException {@code create zip: ...} when the module or a file is invalid, or a file is larger
   *     than it declared
   */
  public static void create(OutputStream out, ModuleVersion m, List<? extends ModuleFile> files)
      throws IOException {
    try {
      ZipCreator.create(out, m, files);
    } catch (IOException e) {
      throw ModZipException.wrap("create zip", "", e);
    }
  }

  /**
   * Go's CreateFromDir: the module zip of a directory, leaving out {@code .bzr .git .hg .svn} directories,
   * nested modules, vendored files, symbolic links and other irregular files.
   *
   * @throws ModZipException {@code create zip from directory DIR: ...} when the directory cannot be walked,
   *     {@code create zip DIR: ...} when the files make no valid module zip
   */
  public static void createFromDir(OutputStream out, ModuleVersion m, Path dir) throws IOException {
    DirLister.Listing listing;
    try {
      listing = DirLister.list(dir);
    } catch (IOException e) {
      throw ModZipException.wrap("create zip from directory", dir.toString(), e);
    }
    try {
      ZipCreator.create(out, m, listing.files());
    } catch (IOException e) {
      throw ModZipException.wrap("create zip", dir.toString(), e);
    }
  }

  /**
   * Go's Unzip: checks the zip as {@link #checkZip} does, then extracts it into {@code dir}, which must be
   * absent or empty. Files are created exclusively and read-only, never outside {@code dir}, and none may
   * yield more bytes than its header declares. On a failure part of the files may have been written.
   *
   * @throws ModZipException {@code unzip ZIPFILE: ...}
   */
  public static void unzip(Path dir, ModuleVersion m, Path zipFile) throws IOException {
    try {
      Unzipper.unzip(dir, m, zipFile);
    } catch (IOException e) {
      throw ModZipException.wrap("unzip", zipFile.toString(), e);
    }
  }
}
