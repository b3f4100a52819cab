package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** GOENV_FILE_INVALID and GOENV_SHADOWED: the file go env -w writes. */
final class GoenvFileChecks {
  private GoenvFileChecks() {}

  static final Set<String> READ_ONLY = Set.of("GOEXE", "GOGCCFLAGS", "GOHOSTARCH", "GOHOSTOS", "GOMOD", "GOWORK",
      "GOTOOLDIR", "GOVERSION", "GOENV");

  /** Lines of the env file as key -> (line number, value); a missing file gives an empty map. */
  static Map<String, String[]> read(Path file, List<Evidence> problems) throws IOException {
    Map<String, String[]> m = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return m;
    }
    String text = new String(Project.read(file, 1 << 20), StandardCharsets.UTF_8);
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        if (problems != null) {
          problems.add(new Evidence("line " + n, line, file + ":" + n + ": no KEY=VALUE, go ignores it"));
        }
        continue;
      }
      String key = line.substring(0, eq);
      if (problems != null && m.containsKey(key)) {
        problems.add(new Evidence("line " + n, line, file + ":" + n + ": repeats " + key + "; go uses the first"));
      }
      if (problems != null && READ_ONLY.contains(key)) {
        problems.add(new Evidence("line " + n, line, file + ":" + n + ": " + key + " cannot be set in the go env file"));
      }
      m.putIfAbsent(key, new String[] {String.valueOf(n), line.substring(eq + 1)});
    }
    return m;
  }

  static final class Invalid extends BaseCheck {
    Invalid() {
      super("GOENV_FILE_INVALID", Severity.WARNING, Group.BUILD_ENVIRONMENT, "the go env file has lines go ignores");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) throws IOException {
      Optional<Path> file = ctx.goEnvFile();
      if (file.isEmpty()) {
        return List.of();
      }
      List<Evidence> problems = new ArrayList<>();
      if (Files.exists(file.get()) && !Files.isRegularFile(file.get())) {
        problems.add(new Evidence("GOENV", file.get().toString(), "not a regular file"));
      } else {
        read(file.get(), problems);
      }
      if (problems.isEmpty()) {
        return List.of();
      }
      return List.of(finding(
          "go env -w stores settings as KEY=VALUE lines in this file and go reads the first line for each key."
              + " The lines below are ignored or refused, so the setting you meant is not in effect.",
          problems, List.of(Fix.everywhere("edit the file (go env GOENV prints its path)", "${EDITOR:-vi} " + file.get()))));
    }
  }

  static final class Shadowed extends BaseCheck {
    Shadowed() {
      super("GOENV_SHADOWED", Severity.WARNING, Group.BUILD_ENVIRONMENT, "a go env -w value is overridden by the environment");
    }

    @Override
    public List<Finding> run(DoctorContext ctx) throws IOException {
      Optional<Path> file = ctx.goEnvFile();
      if (file.isEmpty()) {
        return List.of();
      }
      List<Evidence> ev = new ArrayList<>();
      String firstKey = null;
      for (Map.Entry<String, String[]> e : read(file.get(), null).entrySet()) {
        Optional<String> os = ctx.osEnv(e.getKey());
        if (os.isPresent() && !os.get().isEmpty() && !os.get().equals(e.getValue()[1])) {
          ev.add(new Evidence(e.getKey(), os.get(), "environment (wins)"));
          ev.add(new Evidence(e.getKey(), e.getValue()[1], file.get() + ":" + e.getValue()[0] + " (ignored)"));
          firstKey = firstKey == null ? e.getKey() : firstKey;
        }
      }
      if (ev.isEmpty()) {
        return List.of();
      }
      return List.of(finding(
          "A variable set in the OS environment always wins over the value saved with go env -w, so the saved value"
              + " has no effect in this shell (go env -w warns \"does not override conflicting OS environment"
              + " variable\").",
          ev, List.of(Fix.unsetVar("remove it from the environment to use the saved value", firstKey),
              Fix.goEnvUnset("or forget the saved value", firstKey))));
    }
  }
}
