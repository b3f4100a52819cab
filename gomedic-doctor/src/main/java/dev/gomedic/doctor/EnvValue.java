package dev.gomedic.doctor;

/**
 * An effective go env value and its provenance. {@code where} names the file for file sources, else is empty.
 */
public record EnvValue(String name, String value, Provenance source, String where) {
  public EnvValue {
    value = value == null ? "" : value;
    where = where == null ? "" : where;
  }

  public static EnvValue unset(String name) {
    return new EnvValue(name, "", Provenance.UNSET, "");
  }

  public boolean isSet() {
    return !value.isEmpty();
  }

  /** "environment", "go env file /home/u/.config/go/env", ... */
  public String describeSource() {
    return where.isEmpty() ? source.label() : source.label() + " " + where;
  }

  public Evidence evidence() {
    return new Evidence(name, value, describeSource());
  }
}
