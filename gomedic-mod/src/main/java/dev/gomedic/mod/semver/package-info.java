/**
 * Semantic versions as Go modules use them, answering exactly as {@code golang.org/x/mod/semver}.
 *
 * <p>A version is {@code v} + MAJOR [ {@code .} MINOR [ {@code .} PATCH [ {@code -}PRERELEASE ] [
 * {@code +}BUILD ] ] ]. Numbers carry no leading zeros; prerelease identifiers are dot-separated
 * {@code [0-9A-Za-z-]+} and numeric ones carry no leading zeros; build identifiers are the same
 * without that rule. The shorthands {@code v1} and {@code v1.2} stand for {@code v1.0.0} and {@code
 * v1.2.0} and may carry neither prerelease nor build. Build metadata never affects ordering; an
 * invalid string sorts before every valid version (and equal to any other invalid string).
 *
 * <p>Worked example:
 *
 * <pre>{@code
 * Semver.isValid("v1.2-pre")               // false: shorthand with prerelease
 * Semver.canonical("v1.2")                 // "v1.2.0"
 * Semver.canonical("v2.0.0+incompatible")  // "v2.0.0" (build dropped)
 * Semver.majorMinor("v1.2.3-rc.1")         // "v1.2"
 * Semver.compare("v1.0.0-beta.11", "v1.0.0-beta.2")  // +1: numeric identifiers compare as numbers
 * Semver.compare("v1.0.0-rc.1", "v1.0.0")  // -1: a prerelease precedes its release
 * Semver.compare("bad", "v0.0.0")          // -1
 * List<String> l = new ArrayList<>(List.of("v1.0", "v1", "v1.0.0"));
 * Semver.sort(l)                           // [v1, v1.0, v1.0.0]: equal versions tie-break by string
 * }</pre>
 */
package dev.gomedic.mod.semver;
