package dev.gomedic.binfmt.buildinfo;

/** One {@code build key=value} line: -buildmode, -ldflags, CGO_ENABLED, GOOS, vcs.revision, ... */
public record Setting(String key, String value) {}
