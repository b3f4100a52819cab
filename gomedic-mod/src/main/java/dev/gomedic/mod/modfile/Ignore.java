package dev.gomedic.mod.modfile;

/**
 * One {@code ignore} directive.
 *
 * @param path the directory the go command ignores
 * @param syntax the line it came from
 */
public record Ignore(String path, Line syntax) {}
