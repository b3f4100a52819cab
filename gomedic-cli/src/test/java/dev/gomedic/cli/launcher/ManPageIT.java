package dev.gomedic.cli.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomedic.testkit.Oracle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The man pages the build made (pom: man-asciidoc, man-roff): one per command, readable by man. */
class ManPageIT {
  private static final Path MAN1 = Path.of("target/man/man1");

  @Test
  void oneReadablePagePerCommand() throws Exception {
    boolean made = Files.isRegularFile(MAN1.resolve("gomedic.1"));
    String why = "no roff man pages: asciidoctor is not installed (apt-get install asciidoctor; .ci/run does)";
    if (Oracle.inCi()) {
      assertThat(made).as(why).isTrue();
    } else {
      Assumptions.assumeTrue(made, why);
    }
    for (String page : List.of("gomedic", "gomedic-doctor", "gomedic-env", "gomedic-toolchain",
        "gomedic-toolchain-install", "gomedic-mod-edit", "gomedic-completion", "gomedic-help")) {
      Path f = MAN1.resolve(page + ".1");
      assertThat(f).as("man page %s", f).isRegularFile();
      ProcessBuilder pb = new ProcessBuilder("man", "-l", f.toString()).redirectErrorStream(true);
      pb.environment().put("MANWIDTH", "100");
      pb.environment().put("MANPAGER", "cat");
      Process p = pb.start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("man -l %s exit code, output %s", f, text).isZero();
      assertThat(text).as("man -l %s", f).contains("NAME", page + " - ", "SYNOPSIS",
          "gomedic " + page.substring("gomedic".length()).replace('-', ' ').strip());
    }
  }
}
