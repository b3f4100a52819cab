package dev.gomedic.mod.modfile;

/**
 * One {@code tool} directive.
 *
 * @param path the tool's package path
 * @param syntax the line it came from
 */
public record Tool(String path, Line syntax) {}
