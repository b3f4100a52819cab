package dev.gomedic.host;

import java.util.Optional;

/**
 * The two registry values from which Windows builds a new process's PATH: the machine's
 * ({@code HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment}) and the user's
 * ({@code HKCU\Environment}). A shell opened before a change still has the old PATH, which is why doctor
 * compares them with the process's PATH.
 */
public interface WindowsRegistry {
  /** No registry: every value is absent. Used on Linux and macOS and when the registry cannot be read. */
  WindowsRegistry NONE = new WindowsRegistry() {
    @Override
    public Optional<String> machinePath() {
      return Optional.empty();
    }

    @Override
    public Optional<String> userPath() {
      return Optional.empty();
    }
  };

  /** The {@code Path} value under HKLM's Environment key, unexpanded. */
  Optional<String> machinePath();

  /** The {@code Path} value under HKCU\Environment, unexpanded. */
  Optional<String> userPath();

  /**
   * The machine {@code Path} with its registry type, which decides whether Windows expands {@code %NAME%} in it.
   * Readers that do not know the type report it as {@code REG_EXPAND_SZ}, the type Windows installs.
   */
  default Optional<RegistryValue> machinePathValue() {
    return machinePath().map(v -> new RegistryValue(v, true));
  }

  /** The user {@code Path} with its registry type; see {@link #machinePathValue}. */
  default Optional<RegistryValue> userPathValue() {
    return userPath().map(v -> new RegistryValue(v, true));
  }

  /** A registry holding fixed values (tests; or values read by an external tool). */
  static WindowsRegistry of(String machinePath, String userPath) {
    return new WindowsRegistry() {
      @Override
      public Optional<String> machinePath() {
        return Optional.ofNullable(machinePath);
      }

      @Override
      public Optional<String> userPath() {
        return Optional.ofNullable(userPath);
      }
    };
  }
}
