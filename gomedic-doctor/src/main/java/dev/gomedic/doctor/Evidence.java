package dev.gomedic.doctor;

/**
 * One fact behind a finding: a name (an environment variable, a file, a directive), its value, and where that
 * value came from ({@code environment}, {@code go env file /home/u/.config/go/env}, {@code go.mod:3:1}, ...).
 */
public record Evidence(String name, String value, String source) {
  public Evidence {
    name = name == null ? "" : name;
    value = value == null ? "" : value;
    source = source == null ? "" : source;
  }

  @Override
  public String toString() {
    return source.isEmpty() ? name + "=" + value : name + "=" + value + " (" + source + ")";
  }
}
