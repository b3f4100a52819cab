package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.Check;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.Set;

/** The fixed attributes every check has; subclasses implement only {@code run}. */
abstract class BaseCheck implements Check {
  private final String id;
  private final Severity severity;
  private final Group group;
  private final String title;
  private final Set<String> explains;

  BaseCheck(String id, Severity severity, Group group, String title, String... explains) {
    this.id = id;
    this.severity = severity;
    this.group = group;
    this.title = title;
    this.explains = Set.of(explains);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Group group() {
    return group;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Set<String> explains() {
    return explains;
  }

  @Override
  public String toString() {
    return id;
  }
}
