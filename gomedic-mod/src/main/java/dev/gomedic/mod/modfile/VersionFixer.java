package dev.gomedic.mod.modfile;

/**
 * Turns a version written in a go.mod file into a canonical one (for example by asking a proxy what
 * {@code master} is). Throws {@link IllegalArgumentException} with Go's words when it cannot.
 */
@FunctionalInterface
public interface VersionFixer {
  String fix(String path, String version);
}
