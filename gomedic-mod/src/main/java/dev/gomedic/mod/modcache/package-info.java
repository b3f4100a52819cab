/**
 * The module cache (GOMODCACHE) as the go command lays it out, and {@code go mod verify}'s check of it.
 *
 * <p><b>Layout.</b> For module {@code path} at {@code version}, with both escaped ({@code ModulePath.escapePath},
 * upper case as {@code !} + lower case): {@code ROOT/cache/download/PATH/@v/VERSION.zip} (the zip as
 * downloaded), {@code .ziphash} (its {@code h1:} hash, written after the hash was checked against go.sum),
 * {@code .mod} (the go.mod), {@code .info}, {@code .partial} (present while extracting), and the extracted
 * tree {@code ROOT/PATH@VERSION}, read-only unless {@code -modcacherw}.
 *
 * <p><b>Verification</b> ({@link dev.gomedic.mod.modcache.CacheVerifier}) is go's: the zip and the tree must
 * each hash to the {@code .ziphash}; go.sum is not consulted (the .ziphash was checked against it when it
 * was written). {@link dev.gomedic.mod.modcache.ModuleDiff} says which files of a tree differ from its zip.
 *
 * <pre>{@code
 * ModCache cache = new ModCache(Path.of("/home/u/go/pkg/mod"));
 * cache.cachePath(new ModuleVersion("github.com/BurntSushi/toml", "v1.2.0"), "zip")
 *   // /home/u/go/pkg/mod/cache/download/github.com/!burnt!sushi/toml/@v/v1.2.0.zip
 * CacheVerifier.verify(cache, m, executor).errors()
 *   // [] or e.g. [github.com/BurntSushi/toml v1.2.0: dir has been modified (/home/u/go/pkg/mod/github.com/!burnt!sushi/toml@v1.2.0)]
 * }</pre>
 */
package dev.gomedic.mod.modcache;
