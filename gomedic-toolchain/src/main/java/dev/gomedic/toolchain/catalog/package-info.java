/**
 * The Go release catalog: go.dev/dl's JSON ({@code https://go.dev/dl/?mode=json&include=all}), an embedded
 * snapshot of it shipped in the jar, and version queries.
 *
 * <pre>
 * Catalog c = Catalog.embedded();
 * Release r = c.resolve("1.22");                    // newest 1.22 patch release
 * ReleaseFile f = r.archive("linux", "amd64").get(); // go1.22.x.linux-amd64.tar.gz, its size and SHA-256
 * CrossCheck.of(c, networkFile).verdict();          // MATCH, DIFFERS (an error) or UNKNOWN
 * </pre>
 */
package dev.gomedic.toolchain.catalog;
