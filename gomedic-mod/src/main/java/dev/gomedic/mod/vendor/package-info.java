/**
 * vendor/modules.txt, read as the go command reads it, and the go command's vendor consistency
 * check as a pure function.
 *
 * <p><b>Format</b> ({@code go mod vendor} writes it; cmd/go/internal/modload reads it):
 *
 * <ul>
 *   <li>{@code # path version} starts a module; {@code # path version => repl [replVersion]} also
 *       records its replacement (a directory has no version); {@code # path => repl} is a wildcard
 *       replacement from go.mod with no packages vendored.
 *   <li>{@code ## explicit}, {@code ## explicit; go 1.N} annotate the current module (entries split
 *       at ';', trimmed, merged over lines; unknown entries are reserved and ignored). A first line
 *       {@code ## workspace} marks a tree written by {@code go work vendor} (newer Go).
 *   <li>Any other line holding one valid import path is a package of the current module.
 * </ul>
 *
 * <p>The go command never reports a syntax error in this file: a "# " line with fewer than three
 * fields is skipped (and the module before it stays current), a module line without a version or
 * "=>" makes later lines belong to no module, a replacement it cannot read is dropped. gomedic keeps
 * those lines in {@link dev.gomedic.mod.vendor.VendorList#ignored()} with line numbers so a doctor can
 * point at them. The newest Go (not 1.19) fails when a {@code ## go} annotation is newer than itself:
 * {@link dev.gomedic.mod.vendor.VendorList#tooNew(String)}.
 *
 * <p><b>Consistency</b> ({@link dev.gomedic.mod.vendor.VendorConsistency}): every go.mod require must
 * be marked explicit, every replace must be recorded with the same replacement, every explicit module
 * must be required and every recorded replacement must exist in go.mod. With a go line below 1.14
 * (and, for Go 1.19, without a go line) old modules.txt files are accepted where they lack data. Go
 * 1.19 also reports a recorded replacement that differs from go.mod's a second time from the
 * modules.txt side; the newest Go does not, and it never reports a replace of the main module itself.
 * Single-module mode only (not go.work workspaces).
 *
 * <p>Worked example:
 *
 * <pre>{@code
 * VendorList v = VendorList.parse("""
 *     # example.com/a v1.0.0
 *     example.com/a
 *     """, "vendor/modules.txt");
 * GoMod goMod = new GoMod("example.com/m", "1.17",
 *     List.of(new ModuleVersion("example.com/a", "v1.0.0")), List.of());
 * List<Problem> p = VendorConsistency.check(goMod, v, Rules.NEWEST);
 * VendorConsistency.message("/src/m", p)
 *   // go: inconsistent vendoring in /src/m:
 *   //         example.com/a@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt
 *   //
 *   //         To ignore the vendor directory, use -mod=readonly or -mod=mod.
 *   //         To sync the vendor directory, run:
 *   //                 go mod vendor
 * }</pre>
 */
package dev.gomedic.mod.vendor;
