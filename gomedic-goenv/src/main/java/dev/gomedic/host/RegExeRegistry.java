package dev.gomedic.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's PATH values read with Windows' own {@code reg.exe}: {@code reg query KEY /v Path} for the
 * machine ({@code HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment}) and the user
 * ({@code HKCU\Environment}), each with a time limit. Values are read once, on first use.
 *
 * <p>{@code reg query} prints the key, then one line per value: four spaces, the name, four spaces, the type,
 * four spaces, the data. Only {@code REG_SZ} and {@code REG_EXPAND_SZ} are PATH types; anything else, a missing
 * value (exit code 1, "ERROR: The system was unable to find the specified registry key or value."), a failure to
 * start or a timeout reads as absent. reg.exe writes the console's OEM code page when its output is a pipe: the
 * output is decoded as UTF-8 when it is valid UTF-8, else as ISO-8859-1, so non-ASCII directory names can come out
 * wrong.
 */
public final class RegExeRegistry implements WindowsRegistry {
  static final String MACHINE_KEY = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment";
  static final String USER_KEY = "HKCU\\Environment";
  private static final Pattern LINE =
      Pattern.compile("^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$");
  private static final int MAX_OUTPUT = 1 << 20;

  /** Runs a command and returns its standard output, or empty on failure, non-zero exit or timeout. */
  @FunctionalInterface
  public interface Runner {
    Optional<byte[]> run(List<String> command, Duration timeout);
  }

  private final Runner runner;
  private final String regExe;
  private final Duration timeout;
  private Optional<RegistryValue> machine;
  private Optional<RegistryValue> user;

  public RegExeRegistry(Runner runner, String regExe, Duration timeout) {
    this.runner = runner;
    this.regExe = regExe;
    this.timeout = timeout;
  }

  /**
   * The production reader: {@code %SystemRoot%\System32\reg.exe} (not a PATH lookup, which a stray
   * {@code reg.exe} could hijack), 5 seconds per query.
   */
  public static RegExeRegistry forEnvironment(Map<String, String> env) {
    String root = env.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("SystemRoot"))
        .map(Map.Entry::getValue).findFirst().orElse("C:\\Windows");
    return new RegExeRegistry(RegExeRegistry::runProcess, root + "\\System32\\reg.exe", Duration.ofSeconds(5));
  }

  @Override
  public synchronized Optional<String> machinePath() {
    return machinePathValue().map(RegistryValue::data);
  }

  @Override
  public synchronized Optional<String> userPath() {
    return userPathValue().map(RegistryValue::data);
  }

  @Override
  public synchronized Optional<RegistryValue> machinePathValue() {
    if (machine == null) {
      machine = query(MACHINE_KEY);
    }
    return machine;
  }

  @Override
  public synchronized Optional<RegistryValue> userPathValue() {
    if (user == null) {
      user = query(USER_KEY);
    }
    return user;
  }

  private Optional<RegistryValue> query(String key) {
    return runner.run(List.of(regExe, "query", key, "/v", "Path"), timeout)
        .flatMap(out -> parse(decode(out), "Path"));
  }

  /** The value named {@code name} (case-insensitively, as the registry compares names) in reg query's output. */
  static Optional<RegistryValue> parse(String output, String name) {
    for (String line : output.split("\r?\n")) {
      Matcher m = LINE.matcher(line);
      if (!m.matches() || !m.group(1).equalsIgnoreCase(name)) {
        continue;
      }
      String type = m.group(2);
      String data = m.group(3) == null ? "" : m.group(3);
      if (type.equals("REG_SZ")) {
        return Optional.of(new RegistryValue(data, false));
      }
      if (type.equals("REG_EXPAND_SZ")) {
        return Optional.of(new RegistryValue(data, true));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  static String decode(byte[] out) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out)).toString();
    } catch (CharacterCodingException e) {
      return new String(out, StandardCharsets.ISO_8859_1);
    }
  }

  /** Runs {@code command} with its output in a temporary file, so a hung reg.exe cannot outlast the limit. */
  private static Optional<byte[]> runProcess(List<String> command, Duration timeout) {
    Path out = null;
    try {
      out = Files.createTempFile("gomedic-reg", ".out");
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      if (p.exitValue() != 0) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(out)) {
        return Optional.of(in.readNBytes(MAX_OUTPUT));
      }
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (out != null) {
        try {
          Files.deleteIfExists(out);
        } catch (IOException e) {
          // a leftover temp file is harmless
        }
      }
    }
  }
}
