/**
 * Go toolchain versions as the go command 1.21 and later understands them (golang/go's
 * internal/gover and cmd/go/internal/gover; the newest Go's rules).
 *
 * <p>A version is MAJOR[.MINOR[.PATCH]][KIND[PRE]] without the "go" prefix: numbers without
 * needless leading zeros, KIND lower-case letters (alpha, beta, rc). Before Go 1.21 the first
 * release of 1.N was called "1.N", so "1.20" equals "1.20.0". From 1.21 on, "1.N" is the language
 * version and the first release is "1.N.0": {@code 1.21 < 1.21rc1 < 1.21.0}. The newest Go also
 * accepts a prerelease of a patch ({@code 1.8.5rc5 < 1.8.5}), which older go commands reject.
 * Toolchain names are "go" + version, optionally followed by '-', space or tab and anything
 * ("go1.22.0-bigcorp"). GOTOOLCHAIN settings ({@link dev.gomedic.mod.gover.ToolchainSetting}) are
 * "local", "auto", "path", a toolchain name, or a name or "local" plus "+auto" / "+path".
 *
 * <p>Worked example:
 *
 * <pre>{@code
 * GoVersion.compare("1.21rc1", "1.21.0")   // -1
 * GoVersion.compare("1.21", "1.21rc1")     // -1: the language version precedes every release
 * GoVersion.compare("1.20", "1.20.0")      // 0
 * GoVersion.lang("1.21.3")                 // "1.21"
 * GoVersion.isLang("1.21")                 // true;  isLang("1.20") is false (it means 1.20.0)
 * GoVersion.fromToolchain("go1.22rc1")     // "1.22rc1"; fromToolchain("default") is ""
 * ToolchainSetting.parse("go1.22.0+auto", "1.21.0")
 *   // ToolchainSetting[minToolchain=go1.22.0, minVersion=1.22.0, mode=AUTO]
 * ToolchainSetting.parse("go1.22+x", "1.21.0")
 *   // IllegalArgumentException: invalid GOTOOLCHAIN "go1.22+x": only version suffixes are +auto and +path
 * }</pre>
 */
package dev.gomedic.mod.gover;
