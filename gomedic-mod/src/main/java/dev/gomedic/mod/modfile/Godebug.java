package dev.gomedic.mod.modfile;

/**
 * One {@code godebug key=value} setting.
 *
 * @param key the setting's name
 * @param value its value
 * @param syntax the line it came from
 */
public record Godebug(String key, String value, Line syntax) {}
