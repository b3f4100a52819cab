package dev.gomedic.mod.modfile;

/**
 * One {@code use} directive of a go.work file.
 *
 * @param path the module directory
 * @param syntax the line it came from
 */
public record Use(String path, Line syntax) {}
