package dev.gomedic.mod.modfile;

/**
 * The {@code module} directive.
 *
 * @param path the module path
 * @param deprecated the text of a {@code // Deprecated:} paragraph in the directive's comments, or empty
 * @param syntax the line it came from
 */
public record ModuleStmt(String path, String deprecated, Line syntax) {}
