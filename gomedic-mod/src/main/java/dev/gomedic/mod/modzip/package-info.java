/**
 * Module zip files, as {@code golang.org/x/mod/zip} makes, checks and extracts them (golang/mod fe2ec04; its
 * messages byte for byte).
 *
 * <p><b>The rules.</b> Every entry of a module zip is named {@code <module>@<version>/<file>}: the module path
 * valid, the version canonical ({@code version "v1.0.0+bad" is not canonical (should be "v1.0.0")}) and
 * matching the path's major-version suffix. Each {@code <file>} is clean ({@code file path is not clean}),
 * relative, and a valid file path ({@link dev.gomedic.mod.module.ModulePath#checkFilePath}). No two paths may
 * be equal under simple Unicode case folding, the Kelvin sign U+212A and 'k' included ({@code case-insensitive
 * file name collision: "m.go" and "M.GO"}); no path may be a file twice or a file and a directory. A go.mod may
 * only be at the root, in lower case. The zip and the total of its declared sizes are at most {@link
 * dev.gomedic.mod.modzip.ModZip#MAX_ZIP_FILE} (500 MiB), the root go.mod and LICENSE at most 16 MiB each, and
 * no entry may yield more bytes than it declares. Directory entries, permissions and times are ignored.
 *
 * <p><b>What is left out, not refused.</b> Directories {@code .bzr .git .hg .svn} (from a directory only),
 * directories and files below a directory holding its own go.mod (another module), vendored files, a root
 * {@code .hg_archival.txt}, symbolic links and other irregular files. Which files are vendored depends on the
 * module's own go line: from go 1.24 on, {@code vendor/modules.txt} is left out and {@code pkg/vendor/vendor.go}
 * kept; before, {@code vendor/modules.txt} is kept and, by an old index bug kept for existing checksums, {@code
 * pkg/vendor/vendor.go} left out. Files deeper in {@code vendor/} are left out by both.
 *
 * <p><b>Reading zips.</b> Names and declared sizes are checked before any content is read; while extracting,
 * each entry is held to its declared size and CRC-32 (the JDK's ZipFile checks neither), files are created
 * exclusively and read-only in an empty target, and nothing is written outside it.
 *
 * <p>Worked example: the files {@code go.mod}, {@code a.go}, {@code vendor/x/y.go}, {@code sub/go.mod} and
 * {@code A.GO} give
 *
 * <pre>{@code
 * ModZip.checkFiles(files)
 *   // valid:   go.mod, a.go
 *   // omitted: vendor/x/y.go: file is in vendor directory
 *   //          sub/go.mod: file is in another module
 *   // invalid: A.GO: case-insensitive file name collision: "a.go" and "A.GO"
 * ModZip.create(out, new ModuleVersion("example.com/m", "v1.0.0"), files)
 *   // throws ModZipException: create zip: A.GO: case-insensitive file name collision: "a.go" and "A.GO"
 * ModZip.unzip(dir, new ModuleVersion("example.com/m", "v1.0.0"), zip)   // zip holding example.com/m@v1.0.0/../x
 *   // throws ModZipException: unzip ZIP: example.com/m@v1.0.0/../x: malformed file path "../x": invalid path element ".."
 * }</pre>
 */
package dev.gomedic.mod.modzip;
