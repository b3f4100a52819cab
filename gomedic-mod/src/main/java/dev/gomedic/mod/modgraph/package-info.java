/**
 * The build list: which version of each module a main module builds with, computed from go.mod files as the
 * go command's module graph does (Go 1.17+ graph pruning, minimal version selection), offline.
 *
 * <p><b>The graph.</b> The roots are the requirements of the main modules (every {@code require}, direct or
 * indirect). The go.mod of each root is read (from the replacement when the module is replaced: a
 * directory's go.mod, or the replacement version's go.mod), and its requirements join the graph. Below that,
 * a module's requirements are followed only while the path to it is <em>unpruned</em>: the main module says
 * {@code go 1.16} or older (or has no go line), or the module itself does. A go 1.17+ dependency of a go
 * 1.17+ main module thus contributes its own requirements, but not theirs. Each module path is selected at
 * the highest version anywhere in the graph; the list is sorted by path.
 *
 * <p><b>Not done.</b> A requirement on a version the main module excludes is dropped here, where go would
 * move it to the next version the proxy lists (needs the network). A go.mod missing from the module cache is
 * reported in {@link dev.gomedic.mod.modgraph.BuildList.Result#problems()} where go would download it.
 * Retractions and deprecations do not change the list and are ignored.
 *
 * <pre>{@code
 * // main: go 1.19, require a v1.0.0; a v1.0.0 (go 1.19) requires b v1.1.0; b v1.1.0 requires c v1.0.0
 * BuildList.of(main, cache::goMod).modules()   // [a v1.0.0, b v1.1.0]  (c pruned out)
 * }</pre>
 */
package dev.gomedic.mod.modgraph;
