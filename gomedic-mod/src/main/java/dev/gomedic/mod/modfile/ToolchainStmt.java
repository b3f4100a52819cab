package dev.gomedic.mod.modfile;

/**
 * The {@code toolchain} directive.
 *
 * @param name the toolchain name, like {@code go1.21.3} or {@code default}
 * @param syntax the line it came from
 */
public record ToolchainStmt(String name, Line syntax) {}
