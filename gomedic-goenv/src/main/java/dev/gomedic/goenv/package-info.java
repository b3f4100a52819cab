/**
 * The go env resolver: what {@code go env} prints for a given toolchain and host, computed without running go,
 * with the provenance of every value.
 *
 * <p>Precedence (the go command's {@code cfg.Getenv}): a non-empty OS environment variable; else the go env
 * file ({@code $GOENV}, which only the OS environment can set, {@code off} for none, default
 * {@code os.UserConfigDir()/go/env}); else, from Go 1.21, {@code $GOROOT/go.env}; else the built-in default or
 * a derivation. When the OS environment and the go env file both set a variable, the file's value is
 * shadowed, and {@link dev.gomedic.goenv.EnvProblem.Kind#SHADOWED} says so.
 *
 * <p>Derivations: GOROOT from the executable's location (symlinks resolved, checking for {@code pkg/tool}),
 * GOTOOLDIR from GOROOT, GOPATH from {@code $HOME/go} (empty when that is GOROOT or relative), GOMODCACHE from
 * the first GOPATH entry, GOCACHE from {@code os.UserCacheDir}, GONOPROXY/GONOSUMDB from GOPRIVATE, GOEXE
 * from GOOS, CGO_ENABLED from cross-compilation and (Go 1.20+) the presence of a C compiler, GOMOD/GOWORK from
 * the upward searches ({@link dev.gomedic.goenv.Modules}). Which variables each version prints is in
 * docs/goenv-version-rules.md.
 *
 * <p>Example: on Linux with {@code HOME=/home/ann}, no variables set and {@code /usr/local/go/bin/go} (go1.19.8)
 * first on PATH, {@link dev.gomedic.goenv.Resolver#resolve} gives GOPATH=/home/ann/go (derived from $HOME/go),
 * GOMODCACHE=/home/ann/go/pkg/mod (derived from GOPATH), GOROOT=/usr/local/go (derived from the executable's
 * location) and GOMOD=/dev/null outside a module.
 */
package dev.gomedic.goenv;
