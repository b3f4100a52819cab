package dev.gomedic.doctor;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A go binary found on this host: its path as found (on PATH or given with --go), the GOROOT it belongs to (the
 * directory above {@code bin/} after resolving symlinks, when that is a Go tree) and its version (from
 * {@code $GOROOT/VERSION} or the binary's build info), when known.
 */
public record GoInstall(Path binary, Optional<Path> goroot, Optional<String> version) {}
