/**
 * vendor/ verified file by file against the modules it was copied from: what {@code go mod vendor} would
 * write, rebuilt offline from the module zips in the cache, each zip first checked against go.sum.
 *
 * <p><b>Selection</b> (cmd/go modcmd/vendor.go, the same in go 1.19 and the newest go): for every package line
 * of vendor/modules.txt, the package directory's regular files, not its subdirectories, except {@code _test.go}
 * files, .go files whose build constraints need the {@code ignore} tag (imports.ShouldBuild with every other tag
 * counted as both set and unset; two {@code //go:build} lines or an unreadable one also leave a file out) and,
 * when the main module's go line is 1.17 or later, go.mod and go.sum; then the files the package's
 * {@code //go:embed} patterns select (load.ResolveEmbed over the zip's files; the patterns of every .go file
 * not starting with {@code _} or {@code .}, tests and ignored files included, since go mod vendor reads them
 * with UseAllFiles); then, from every directory above the package up to the module root, the files whose names
 * start with AUTHORS, CONTRIBUTORS, COPYLEFT, COPYING, COPYRIGHT, LEGAL, LICENSE, NOTICE or PATENTS. A
 * replaced module is read from its replacement: a module replacement's zip, or a directory replacement's
 * directory (which no hash covers).
 *
 * <p><b>The reference.</b> A zip is used only when its {@code h1:} equals a go.sum line for it. A module whose
 * zip is not in the cache is {@code NOT_DOWNLOADED} (with the {@code go mod download PATH@VERSION} that fetches
 * it), one whose zip has no go.sum line or another hash is {@code NOT_VERIFIABLE}; neither is ever reported
 * verified. vendor/modules.txt is checked against go.mod with {@link
 * dev.gomedic.mod.vendor.VendorConsistency}.
 *
 * <p><b>Comparison.</b> Every file below vendor/ except modules.txt is matched with the file go mod vendor
 * would write there: {@code CHANGED} (other bytes), {@code ADDED} (go mod vendor would not write it; owned by
 * the module with the longest path that prefixes it, or by none), {@code DELETED} (go mod vendor would write
 * it, vendor/ lacks it); with a {@link dev.gomedic.mod.vendorcheck.UnifiedDiff} each when asked.
 *
 * <pre>{@code
 * VendorReport r = new VendorVerifier(cache, List.of(goSum), executor, false)
 *     .verify(moduleRoot, goMod, VendorList.parse(modulesTxt, "vendor/modules.txt"), Rules.NEWEST);
 * r.modules().get(0).changes()
 *   // [FileChange[kind=CHANGED, path=vendor/example.com/a/a.go, diff=]]
 * }</pre>
 *
 * <p>Not covered: {@code go work vendor} trees (workspace mode), and files go mod vendor would fail on (an
 * embed pattern matching nothing is reported as a note, its files then not expected).
 */
package dev.gomedic.mod.vendorcheck;
