package dev.gomedic.mod.modfile;

/**
 * One replacement: {@code oldPath [oldVersion] => newPath [newVersion]}. A replacement without a new version
 * points to a directory.
 *
 * @param oldPath the replaced module path
 * @param oldVersion the replaced version, or empty for every version
 * @param newPath the replacement module path or directory
 * @param newVersion the replacement version, or empty for a directory
 * @param syntax the line it came from
 */
public record Replace(String oldPath, String oldVersion, String newPath, String newVersion, Line syntax) {}
