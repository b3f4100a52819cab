/**
 * Installing a Go release the careful way, and nothing half-made ever visible.
 *
 * <pre>
 * Installer.install(request):
 *   cross-check the catalog entry with the embedded snapshot   (skipped only with trustCatalog, and said so)
 *   lock downloads/go1.22.5.lock                                (one install per release across processes)
 *   download to downloads/NAME.partial, resume with Range; rename to downloads/NAME when complete
 *   check size and SHA-256 (and the .asc signature when keys are given)   -> else delete the download
 *   SafeExtractor: unpack go/... into toolchains/.staging-go1.22.5-XXXX   -> refuses escapes, links, bombs
 *   GoTreeCheck: VERSION says go1.22.5, bin/go exists (its architecture: BinaryCheck, from the inspect code)
 *   atomic rename to toolchains/go1.22.5
 * </pre>
 *
 * <p>A kill at any point leaves at most a hidden staging directory (removed by the next install of that release)
 * and a partial download (resumed by it).
 */
package dev.gomedic.toolchain.install;
