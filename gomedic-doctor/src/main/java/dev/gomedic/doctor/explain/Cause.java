package dev.gomedic.doctor.explain;

import java.util.Optional;

/** A likely cause of a message: the doctor check that confirms or rules it out (if any) and a description. */
public record Cause(Optional<String> check, String description) {}
