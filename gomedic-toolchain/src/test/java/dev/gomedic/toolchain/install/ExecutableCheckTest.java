package dev.gomedic.toolchain.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gomedic.testkit.Oracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableCheckTest {
  private final ExecutableCheck check = new ExecutableCheck();

  @Test
  void debiansGoIsALinuxAmd64Binary() throws IOException {
    Path go = Oracle.requireGo();
    assertThat(check.mismatch(go, "linux", "amd64")).as("linux/amd64 go checked as linux/amd64").isEmpty();
    Optional<String> got = check.mismatch(go, "linux", "arm64");
    assertThat(got).as("linux/amd64 go checked as linux/arm64").contains(
        "is built for linux/amd64, want linux/arm64");
    assertThat(check.mismatch(go, "darwin", "amd64")).as("linux go checked as darwin")
        .contains("is built for linux/amd64, want darwin/amd64");
  }

  @Test
  void aTreeWhoseGoIsForAnotherCpuIsRefused(@TempDir Path tmp) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("go/bin")).getParent();
    Files.writeString(root.resolve("VERSION"), "go1.19.8\ntime 2023-03-30T20:23:19Z\n");
    Files.copy(Oracle.requireGo(), root.resolve("bin/go"));
    GoTreeCheck tree = new GoTreeCheck(check);
    tree.check(root, "go1.19.8", "linux", "amd64");
    assertThatThrownBy(() -> tree.check(root, "go1.19.8", "linux", "arm64"))
        .hasMessage("go1.19.8: go/bin/go is built for linux/amd64, want linux/arm64");
  }

  @Test
  void aScriptPretendingToBeGoIsNoExecutable(@TempDir Path tmp) throws IOException {
    Path fake = Files.writeString(tmp.resolve("go"), "#!/bin/sh\necho go version go1.19.8 linux/amd64\n");
    assertThatThrownBy(() -> check.mismatch(fake, "linux", "amd64")).isInstanceOf(IOException.class);
  }
}
