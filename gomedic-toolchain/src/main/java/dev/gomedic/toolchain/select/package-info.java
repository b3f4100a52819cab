/**
 * Which Go release a directory uses, first match wins:
 *
 * <ol>
 *   <li>{@code GOMEDIC_GO_VERSION} in the environment;
 *   <li>the nearest {@code .go-version} (goenv's format: the first non-blank line, e.g. {@code 1.22.5}; goenv
 *       names the first release of a minor version {@code 1.20.0}, which is {@code go1.20} before Go 1.21);
 *   <li>the nearest go.mod's {@code toolchain} line ({@code toolchain go1.22.5});
 *   <li>that go.mod's {@code go} line, read as Go 1.21 does: {@code go 1.21} or later names the release
 *       {@code go1.21.0}, {@code go 1.21rc1} names {@code go1.21rc1}, and older lines such as {@code go 1.20}
 *       name {@code go1.20};
 *   <li>the global default ({@code toolchain use}).
 * </ol>
 */
package dev.gomedic.toolchain.select;
