package dev.gomedic.mod.modfile;

/**
 * The {@code go} directive.
 *
 * @param version the Go language version, like {@code 1.21} or {@code 1.22.0}
 * @param syntax the line it came from
 */
public record GoStmt(String version, Line syntax) {}
