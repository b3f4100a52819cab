/**
 * Discovery of installed Go toolchains: every {@code go} on PATH in PATH order (the first one runs, the others
 * are shadowed), plus well-known install locations that are not on PATH (package managers, version managers,
 * golang.org/dl, Homebrew, the Windows installers). Each toolchain carries its version (VERSION file, else the
 * binary via {@link dev.gomedic.discovery.GoBinaryReader}, else unknown) and the GOROOT it derives for itself.
 *
 * <p>Example: with {@code PATH=/home/ann/bin:/usr/local/go/bin} where {@code /home/ann/bin/go} is a symlink
 * to {@code /home/ann/sdk/go1.21.5/bin/go}, {@link dev.gomedic.discovery.Discovery#discover} lists go1.21.5
 * (pathIndex 0, GOROOT /home/ann/sdk/go1.21.5), then /usr/local/go (pathIndex 1, shadowed).
 */
package dev.gomedic.discovery;
