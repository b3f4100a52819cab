package dev.gomedic.mod.modzip;

/** x/mod's messages for files left out of a module zip or making it invalid. */
final class Reason {
  private Reason() {}

  static final String NOT_CLEAN = "file path is not clean";
  static final String NOT_RELATIVE = "file path is not relative";
  static final String GO_MOD_CASE = "go.mod files must have lowercase names";
  static final String GO_MOD_NOT_ROOT = "go.mod file not in module root directory";
  static final String GO_MOD_SIZE = "go.mod file too large (max size is " + ModZip.MAX_GO_MOD + " bytes)";
  static final String LICENSE_SIZE = "LICENSE file too large (max size is " + ModZip.MAX_LICENSE + " bytes)";
  static final String TREE_SIZE = "module source tree too large (max size is " + ModZip.MAX_ZIP_FILE + " bytes)";
  static final String CONTENT_SIZE =
      "total uncompressed size of module contents too large (max size is " + ModZip.MAX_ZIP_FILE + " bytes)";

  static final String VCS = "directory is a version control repository";
  static final String VENDORED = "file is in vendor directory";
  static final String SUBMODULE_FILE = "file is in another module";
  static final String SUBMODULE_DIR = "directory is in another module";
  static final String HG_ARCHIVAL = "file is inserted by 'hg archive' and is always omitted";
  static final String SYMLINK = "file is a symbolic link";
  static final String NOT_REGULAR = "not a regular file";
}
