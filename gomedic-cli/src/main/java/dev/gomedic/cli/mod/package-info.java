/**
 * {@code gomedic mod}: the go command's {@code go mod edit}, {@code go mod verify} and go.sum hashes for people
 * and scripts without a working Go.
 *
 * <ul>
 *   <li>{@code gomedic mod fmt [FILE] [-w]} formats a go.mod (a file named {@code go.work} as a work file) the
 *       way {@code go mod edit -fmt} does, to stdout or in place.
 *   <li>{@code gomedic mod edit [flags] [FILE]} takes {@code go mod edit}'s flags with Go's flag syntax (one or
 *       two dashes, {@code -flag=value} or {@code -flag value}); edit flags may repeat and apply in order, after
 *       -module, -go and -toolchain, and before the final sort and cleanup. Without -json or -print the file is
 *       rewritten through a temporary file and an atomic rename, only when its content changes.
 *   <li>{@code gomedic mod hash [--module PATH@VERSION] FILE.zip|DIR|FILE.mod} prints the go.sum line (or the
 *       bare {@code h1:}) of a zip, an extracted tree or a go.mod.
 *   <li>{@code gomedic mod zip create --module PATH@VERSION DIR OUT.zip} and {@code gomedic mod zip check
 *       DIR|ZIP} make and check module zips with x/mod's rules and words.
 *   <li>{@code gomedic mod verify [--deep] [--json]} is {@code go mod verify} over the module cache (same
 *       output and exit code); {@code --deep} also checks against go.sum and names the files that differ.
 *       docs/mod-verify.md says what is checked against what.
 * </ul>
 *
 * <p>Exit codes: 0 done; 1 the file or a flag's value is wrong (one line on stderr, in the go command's words,
 * the file untouched); 2 the command line is wrong (unknown flag, -json with -print, no flags, two files).
 *
 * <p>Example:
 *
 * <pre>
 * $ gomedic mod edit -require=example.com/a@v1.2.3 -droprequire=golang.org/x/text -print
 * module example.com/m
 *
 * go 1.21
 *
 * require example.com/a v1.2.3
 * $ gomedic mod edit -json -exclude=example.com/a@v1.2
 * gomedic: -exclude=example.com/a@v1.2: version "v1.2" invalid: must be of the form v1.2.3
 * </pre>
 *
 * <p>{@code -json} prints the document of {@code go mod edit -json}: the same keys in the same order, Require,
 * Exclude, Replace and Retract as {@code null} when empty; Toolchain, Godebug, Tool and Ignore appear only when
 * present, so that output for a file Go 1.19 accepts is byte-identical to Go 1.19's.
 */
package dev.gomedic.cli.mod;
