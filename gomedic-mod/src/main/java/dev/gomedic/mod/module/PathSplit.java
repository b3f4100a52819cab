package dev.gomedic.mod.module;

/**
 * A module path split by {@link ModulePath#splitPathVersion}: {@code prefix + pathMajor} is the
 * path; {@code pathMajor} is "", "/vN" (N ≥ 2) or, for gopkg.in, ".vN" (maybe with "-unstable");
 * {@code ok} is false when the path ends in a malformed major suffix such as "/v1" or "/v2.0".
 */
public record PathSplit(String prefix, String pathMajor, boolean ok) {}
