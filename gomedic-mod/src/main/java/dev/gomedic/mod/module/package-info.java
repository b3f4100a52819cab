/**
 * Module paths, module versions and pseudo-versions, answering exactly as {@code
 * golang.org/x/mod/module} (0.7.0 and the newest, which agree), with Go's error texts byte for byte.
 *
 * <p><b>Paths.</b> A path is slash-separated elements; none empty, all-dots, or (for module and
 * import paths) ending in a dot. Module paths allow {@code [A-Za-z0-9-._~]}, may not start with a
 * dash, may not start an element with a dot, and their first element must contain a dot and use
 * only lower-case letters, digits, dots and dashes. Import paths also allow '+'. File paths (names
 * inside a module zip) allow {@code !#$%&()+,-.=@[]^_{}~}, space and Unicode letters. No element may
 * be a reserved Windows name (CON, PRN, AUX, NUL, COM1–9, LPT1–9, any case, before its first dot);
 * module and import elements may not end in '~' plus digits (8.3 short names). A module path may end
 * in a major-version suffix {@code /vN} (N ≥ 2, no leading zero, never {@code /v1}), or for {@code
 * gopkg.in/} paths {@code .vN} (with {@code .v0} allowed and an optional {@code -unstable}).
 *
 * <p><b>Versions.</b> A version fits a path without a suffix when its major is v0 or v1, or it ends
 * in {@code +incompatible}; otherwise its major must equal the suffix's. A pseudo-version ({@link
 * dev.gomedic.mod.module.PseudoVersion}) names a commit by base version, UTC time and revision.
 *
 * <p><b>Escaping.</b> Proxies and the module cache must work on case-insensitive file systems, so
 * every upper-case letter becomes '!' followed by its lower-case form; '!' is otherwise forbidden.
 *
 * <p><b>Errors.</b> All exceptions are unchecked; each has fields and Go's message: {@link
 * dev.gomedic.mod.module.InvalidPathException} (Go's InvalidPathError), {@link
 * dev.gomedic.mod.module.InvalidVersionException} (InvalidVersionError), {@link
 * dev.gomedic.mod.module.ModuleException} (ModuleError) and {@link
 * dev.gomedic.mod.module.InvalidEscapeException}. Java strings cannot hold invalid UTF-8: an
 * unpaired surrogate stands for it ("invalid UTF-8"). Messages quote an invalid byte kept by {@link
 * dev.gomedic.mod.gotext.Utf8#decodeString} as {@code \xNN}, as Go does.
 *
 * <p>Worked example:
 *
 * <pre>{@code
 * ModulePath.checkPath("example.com/x y")
 *   // throws InvalidPathException: malformed module path "example.com/x y": invalid char ' '
 * ModulePath.splitPathVersion("gopkg.in/yaml.v2")  // PathSplit[prefix=gopkg.in/yaml, pathMajor=.v2, ok=true]
 * ModulePath.check("github.com/go-yaml/yaml/v2", "v3.0.0")
 *   // throws ModuleException: github.com/go-yaml/yaml/v2@v3.0.0: invalid version: should be v2, not v3
 * new ModuleException("example.com/m", "", new InvalidVersionException("v1.2", "must be of the form v1.2.3"))
 *   .getMessage()  // example.com/m@v1.2: invalid version: must be of the form v1.2.3
 * ModulePath.escapePath("github.com/GoogleCloudPlatform/omega")  // github.com/!google!cloud!platform/omega
 * PseudoVersion.build("", "v1.2.3", Instant.parse("2006-01-02T15:04:05Z"), "abcdef123456")
 *   // v1.2.4-0.20060102150405-abcdef123456
 * PseudoVersion.base("v1.2.4-0.20060102150405-abcdef123456")  // v1.2.3
 * }</pre>
 */
package dev.gomedic.mod.module;
