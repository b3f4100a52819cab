package dev.gomedic.mod.modfile;

/**
 * One excluded module version.
 *
 * @param path the module path
 * @param version the excluded version
 * @param syntax the line it came from
 */
public record Exclude(String path, String version, Line syntax) {}
