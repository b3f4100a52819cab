package dev.gomedic.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real launcher on a real pseudo-terminal (util-linux's script): colour on a terminal, none through a pipe,
 * none with NO_COLOR or TERM=dumb, forced by --color=always. Finds the terminal as the process sees it.
 */
class TerminalIT {
  private static final Path LAUNCHER = Path.of("..").toAbsolutePath().normalize().resolve("gomedic");

  @ParameterizedTest(name = "{0}: colour {1}")
  @CsvSource(delimiter = '#', value = {
      "script -qec 'LAUNCHER doctor' /dev/null                     # true",
      "LAUNCHER doctor | cat                                         # false",
      "script -qec 'NO_COLOR=1 LAUNCHER doctor' /dev/null           # false",
      "script -qec 'TERM=dumb LAUNCHER doctor' /dev/null            # false",
      "script -qec 'LAUNCHER doctor --color=never' /dev/null        # false",
      "LAUNCHER doctor --color=always | cat                          # true",
  })
  void colour(String line, boolean want, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("go.mod"), "module example.com/x\n\ngo 1.300\n"); // a finding to colour
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", line.replace("LAUNCHER", LAUNCHER.toString()))
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GOMEDIC_BUILD", "0");
    pb.environment().put("TERM", "xterm");
    pb.environment().remove("NO_COLOR");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    boolean colour = out.contains("\u001b[");
    assertThat(colour).as("colour in the output of %s: got %s, want %s; output:\n%s", line, colour, want, out)
        .isEqualTo(want);
  }
}
