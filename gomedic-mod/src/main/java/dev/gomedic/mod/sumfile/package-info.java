/**
 * go.sum files: the checksums a module's build trusts, read and written the way the go command
 * (cmd/go/internal/modfetch, Go 1.19 through the newest) does.
 *
 * <p>Each non-blank line has three fields separated by white space: a module path, a version, and a
 * hash. A version ending in {@code /go.mod} is the checksum of that version's go.mod file alone; a
 * plain version is the checksum of the module zip. Hashes carry an algorithm prefix; {@code h1:} is
 * the only one in use (SHA-256 over the dirhash summary), other prefixes are kept but never looked
 * up, so files from a future go stay readable. Blank lines (only white space) are skipped; a line
 * with another number of fields is an error ({@code go.sum:LINE: wrong number of fields N}); a line
 * with the empty-go.mod hash an old go wrote by mistake is skipped. The go command writes the file
 * sorted: by module path, then version (semver order, the {@code /go.mod} line after the zip line),
 * each key's hashes sorted and de-duplicated.
 *
 * <p>Go 1.19 ignores a malformed go.sum when reading it for verification and only fails when it must
 * rewrite it; gomedic reports the problem in both cases (a doctor check decides how loud to be).
 *
 * <p>Worked example:
 *
 * <pre>{@code
 * GoSum sum = GoSum.parse("""
 *     rsc.io/quote v1.5.2 h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=
 *     rsc.io/quote v1.5.2/go.mod h1:LzX7hefJvL54yjefDEDHNONDjII0t9xZLPXsUe+TKr0=
 *     """, "go.sum");
 * sum.zipHash("rsc.io/quote", "v1.5.2")    // Optional[h1:w5fc...]
 * sum.goModHash("rsc.io/quote", "v1.5.2")  // Optional[h1:LzX7...]
 * GoSum.parse("rsc.io/quote v1.5.2\n", "go.sum")
 *   // throws GoSumException: go.sum:1: wrong number of fields 2
 * sum.add("golang.org/x/text", "v0.0.0-20170915032832-14c0d48ead0c/go.mod", "h1:NqM8E...").format()
 *   // golang.org/x/text line first: lines come out sorted, as go writes them
 * }</pre>
 */
package dev.gomedic.mod.sumfile;
