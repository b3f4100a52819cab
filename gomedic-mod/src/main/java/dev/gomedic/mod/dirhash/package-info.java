/**
 * The {@code h1:} hashes go.sum records, as {@code golang.org/x/mod/sumdb/dirhash} computes them.
 *
 * <p><b>Hash1.</b> Given file names and a way to open each, sort the names by their UTF-8 bytes (Go's string
 * order: a supplementary character such as U+1F600, four bytes starting 0xF0, sorts after U+FF21, three bytes
 * starting 0xEF, although Java's {@code String.compareTo} puts it first), write one line {@code "<lower-case
 * hex sha256 of the content>  <name>\n"} per name (two spaces; a duplicate name gives two lines), and the hash
 * is {@code "h1:"} followed by the standard base64 of the SHA-256 of all the lines. A name containing a newline
 * is refused ({@code dirhash: filenames with newlines are not supported}).
 *
 * <p><b>What is named.</b> {@link dev.gomedic.mod.dirhash.DirHash#hashZip} takes every entry name of a zip,
 * directory entries ({@code m@v1.0.0/sub/}) included as empty files, so a zip with directory entries hashes
 * differently from the proxy's zips, which have none (golang/go#53448). {@link
 * dev.gomedic.mod.dirhash.DirHash#hashDir} walks a tree and names each non-directory {@code
 * path.Join(prefix, relative/slash/path)}; with {@code prefix = "path@version"} an extracted module hashes as
 * its zip does. {@link dev.gomedic.mod.dirhash.DirHash#hashGoMod} hashes the single file named {@code
 * go.mod}, which is what a {@code path version/go.mod h1:...} line holds.
 *
 * <p><b>Reading.</b> Each file is streamed through SHA-256, never held whole; the per-file digests may run on
 * an {@link java.util.concurrent.Executor} the caller passes, bounding how many files are open at once. Zip
 * entries are read through {@link dev.gomedic.mod.dirhash.ZipEntries}, which holds each entry to its declared
 * size and CRC-32 as Go's archive/zip does.
 *
 * <p>Worked example: a go.mod holding the 21 bytes {@code "module example.com/m\n"} has SHA-256 {@code
 * 535ed2ad...cc1bacac}, so the summary is the single line {@code
 * "535ed2ade678415f99d527a5f1eefafeb70243486ec430dbd3578048cc1bacac  go.mod\n"}, and
 *
 * <pre>{@code
 * DirHash.hashGoMod("module example.com/m\n".getBytes(UTF_8))
 *   // h1:flS2VctbRrTv+sBE+VKgxx6hlkMGPVz9MGOmzMYFg3k=
 * DirHash.hash1(List.of(), name -> null)   // h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU= (no lines)
 * DirHash.hash1(List.of("a\nb"), open)     // throws DirHashException: dirhash: filenames with newlines are not supported
 * }</pre>
 */
package dev.gomedic.mod.dirhash;
